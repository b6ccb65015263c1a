//! A small HTTP JSON-RPC client over one kept-alive TCP connection.
//!
//! The load generator's own cost must stay far below the node's: no async runtime, no TLS, one
//! socket, and JSON-RPC batches so that hundreds of submissions cost one round trip.

use serde_json::{json, Value};
use std::{
	io::{BufRead, BufReader, Read, Write},
	net::TcpStream,
	time::Duration,
};

pub type Result<T> = std::result::Result<T, String>;

/// A JSON-RPC error object, kept whole for the caller to classify.
#[derive(Debug, Clone)]
pub struct RpcError {
	pub code: i64,
	pub message: String,
}

pub struct Rpc {
	host: String,
	connection: Option<BufReader<TcpStream>>,
	next_id: u64,
}

impl Rpc {
	/// `address` is `host:port` of the node's RPC server.
	pub fn new(address: &str) -> Self {
		Self { host: address.to_string(), connection: None, next_id: 1 }
	}

	/// One call; an error answer becomes `Err`.
	pub fn call(&mut self, method: &str, params: Value) -> Result<Value> {
		let mut answers = self.batch(&[(method, params)])?;
		answers.pop().expect("one answer per call").map_err(|e| format!("{method}: {} ({})", e.message, e.code))
	}

	/// Sends `calls` as one JSON-RPC batch; answers come back in the order of `calls`.
	pub fn batch(&mut self, calls: &[(&str, Value)]) -> Result<Vec<std::result::Result<Value, RpcError>>> {
		let first_id = self.next_id;
		self.next_id += calls.len() as u64;
		let body: Vec<Value> = calls
			.iter()
			.enumerate()
			.map(|(i, (method, params))| {
				json!({ "jsonrpc": "2.0", "id": first_id + i as u64, "method": method, "params": params })
			})
			.collect();
		let body = serde_json::to_vec(&body).map_err(|e| e.to_string())?;
		// A connection the node closed while idle fails on first use: retry once on a new one.
		let reply = match self.post(&body) {
			Ok(reply) => reply,
			Err(_) => {
				self.connection = None;
				self.post(&body)?
			},
		};
		let reply: Value = serde_json::from_slice(&reply).map_err(|e| format!("bad JSON-RPC reply: {e}"))?;
		let items = match reply {
			Value::Array(items) => items,
			// A batch-level error (e.g. the batch is too large) comes back as one object.
			other => return Err(format!("batch refused: {other}")),
		};
		let mut answers: Vec<Option<std::result::Result<Value, RpcError>>> = vec![None; calls.len()];
		for mut item in items {
			let Some(index) = item["id"].as_u64().and_then(|id| id.checked_sub(first_id)) else { continue };
			let Some(slot) = answers.get_mut(index as usize) else { continue };
			*slot = Some(match item.get_mut("error") {
				Some(error) => Err(RpcError {
					code: error["code"].as_i64().unwrap_or_default(),
					message: error["message"].as_str().unwrap_or_default().to_string(),
				}),
				None => Ok(item["result"].take()),
			});
		}
		answers
			.into_iter()
			.map(|answer| answer.ok_or_else(|| "a batch answer is missing".to_string()))
			.collect()
	}

	fn connection(&mut self) -> Result<&mut BufReader<TcpStream>> {
		if self.connection.is_none() {
			let stream = TcpStream::connect(&self.host).map_err(|e| format!("connect {}: {e}", self.host))?;
			stream.set_nodelay(true).map_err(|e| e.to_string())?;
			stream.set_read_timeout(Some(Duration::from_secs(120))).map_err(|e| e.to_string())?;
			self.connection = Some(BufReader::new(stream));
		}
		Ok(self.connection.as_mut().expect("just connected"))
	}

	fn post(&mut self, body: &[u8]) -> Result<Vec<u8>> {
		let host = self.host.clone();
		let connection = self.connection()?;
		let head = format!(
			"POST / HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
			body.len()
		);
		let stream = connection.get_mut();
		stream.write_all(head.as_bytes()).and_then(|_| stream.write_all(body)).map_err(|e| e.to_string())?;
		read_response(connection)
	}
}

/// Reads one HTTP/1.1 response: status line, headers, then a sized or chunked body.
fn read_response(reader: &mut BufReader<TcpStream>) -> Result<Vec<u8>> {
	let mut line = String::new();
	let mut status = None;
	let mut length = None;
	let mut chunked = false;
	loop {
		line.clear();
		if reader.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
			return Err("connection closed".into());
		}
		let header = line.trim_end();
		if header.is_empty() {
			if status.is_some() {
				break;
			}
			continue;
		}
		if status.is_none() {
			status = header.split(' ').nth(1).map(str::to_string);
			continue;
		}
		let (name, value) = header.split_once(':').unwrap_or((header, ""));
		match name.trim().to_ascii_lowercase().as_str() {
			"content-length" => length = value.trim().parse::<usize>().ok(),
			"transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
			_ => {},
		}
	}
	let body = if chunked {
		let mut body = Vec::new();
		loop {
			line.clear();
			reader.read_line(&mut line).map_err(|e| e.to_string())?;
			let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or("0"), 16)
				.map_err(|e| format!("bad chunk size: {e}"))?;
			let mut chunk = vec![0; size + 2];
			reader.read_exact(&mut chunk).map_err(|e| e.to_string())?;
			if size == 0 {
				break;
			}
			body.extend_from_slice(&chunk[..size]);
		}
		body
	} else {
		let mut body = vec![0; length.ok_or("response without a length")?];
		reader.read_exact(&mut body).map_err(|e| e.to_string())?;
		body
	};
	match status.as_deref() {
		Some("200") => Ok(body),
		other => Err(format!("HTTP status {other:?}: {}", String::from_utf8_lossy(&body))),
	}
}
