mod discounts;
mod faucet;
mod inflation;
mod loyalty;
mod properties;
mod scholarship;
mod staking;
