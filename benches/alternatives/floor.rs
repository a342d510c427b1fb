//! The floor: one pass that checks every byte is `[A-Za-z0-9-.]` and
//! classifies nothing. No parser that reads every byte can beat it by much.

const LDH_OR_DOT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'.';
        b += 1;
    }
    table
};

/// True when every byte is a letter, digit, `-` or `.`.
pub fn ldh_or_dot(input: &[u8]) -> bool {
    input.iter().all(|&b| LDH_OR_DOT[usize::from(b)])
}
