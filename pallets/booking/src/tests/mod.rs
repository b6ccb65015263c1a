mod lifecycle;
mod properties;
