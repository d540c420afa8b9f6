// Reads "label<TAB>hex" lines, prints the WHATWG decoding (replacement mode, BOM not sniffed) as hex.
use std::io::{self, BufRead, Write};
fn unhex(s: &str) -> Vec<u8> { (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect() }
fn main() {
    let stdin = io::stdin();
    let mut out = io::BufWriter::new(io::stdout());
    for line in stdin.lock().lines() {
        let line = line.unwrap();
        let mut parts = line.split('\t');
        let label = parts.next().unwrap();
        let bytes = unhex(parts.next().unwrap_or(""));
        let enc = encoding_rs::Encoding::for_label(label.as_bytes()).expect("label");
        let (text, _) = enc.decode_without_bom_handling(&bytes);
        let hex: String = text.as_bytes().iter().map(|b| format!("{:02x}", b)).collect();
        writeln!(out, "{}", hex).unwrap();
    }
}
