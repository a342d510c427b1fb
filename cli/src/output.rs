//! Writing rows as TSV or JSON lines, with the escaping each needs.
//!
//! TSV: fields separated by one tab, rows by `\n`; an absent field is `-`.
//! In a field, `\` `\t` `\n` `\r` are written `\\` `\t` `\n` `\r`, other
//! control bytes and bytes that are not UTF-8 `\xHH`: a row always has its
//! columns, whatever the input held.
//!
//! JSON: one object per line, keys in column order, an absent field is
//! `null`; strings escaped per RFC 8259, bytes that are not UTF-8 replaced
//! by U+FFFD.

use std::fmt::{self, Display};
use std::io::{self, BufWriter, StdoutLock, Write};

/// How rows are written (`--format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Tab-separated values, one row per line.
    Tsv,
    /// One JSON object per line.
    Json,
}

/// Rows of `columns` on buffered stdout, the header row first when `header`
/// asks for it. `--header` with JSON is a usage error (exit 2): JSON rows
/// name their keys.
pub fn stdout_rows(
    format: Format,
    header: bool,
    columns: &'static [&'static str],
) -> io::Result<Rows<BufWriter<StdoutLock<'static>>>> {
    if header && format != Format::Tsv {
        clap::Error::raw(
            clap::error::ErrorKind::ArgumentConflict,
            "--header is for --format tsv: JSON rows name their keys\n",
        )
        .exit();
    }
    let out = BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let mut rows = Rows::new(out, format, columns);
    if header {
        rows.header()?;
    }
    Ok(rows)
}

/// A writer of rows with fixed columns: call one `field_*` per column in
/// order, then [`end_row`](Self::end_row).
pub struct Rows<W: Write> {
    out: W,
    format: Format,
    columns: &'static [&'static str],
    column: usize,
}

impl<W: Write> Rows<W> {
    /// Rows of `columns` in `format` to `out` (buffer it: fields are small
    /// writes).
    pub fn new(out: W, format: Format, columns: &'static [&'static str]) -> Self {
        Rows {
            out,
            format,
            columns,
            column: 0,
        }
    }

    /// The column names as a TSV row (JSON rows name their keys already).
    pub fn header(&mut self) -> io::Result<()> {
        for &name in self.columns {
            self.field_str(Some(name))?;
        }
        self.end_row()
    }

    /// Writes what comes before the next field: separator and key.
    fn start_field(&mut self) -> io::Result<()> {
        let first = self.column == 0;
        match self.format {
            Format::Tsv if !first => self.out.write_all(b"\t")?,
            Format::Tsv => {}
            Format::Json => {
                self.out.write_all(if first { b"{" } else { b"," })?;
                json_string(&mut self.out, self.columns[self.column].as_bytes())?;
                self.out.write_all(b":")?;
            }
        }
        self.column += 1;
        Ok(())
    }

    fn absent(&mut self) -> io::Result<()> {
        self.out.write_all(match self.format {
            Format::Tsv => b"-",
            Format::Json => b"null",
        })
    }

    /// A field of raw input bytes (possibly not UTF-8).
    pub fn field_bytes(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.start_field()?;
        self.escaped(bytes)
    }

    /// A present value, escaped (and quoted in JSON).
    fn escaped(&mut self, bytes: &[u8]) -> io::Result<()> {
        match self.format {
            Format::Tsv => tsv_escaped(&mut self.out, bytes),
            Format::Json => json_string(&mut self.out, bytes),
        }
    }

    /// A text field, or absent.
    pub fn field_str(&mut self, text: Option<&str>) -> io::Result<()> {
        self.start_field()?;
        match text {
            Some(text) => self.escaped(text.as_bytes()),
            None => self.absent(),
        }
    }

    /// A field written by `Display`, or absent.
    pub fn field_display(&mut self, value: Option<&dyn Display>) -> io::Result<()> {
        self.start_field()?;
        let Some(value) = value else {
            return self.absent();
        };
        if self.format == Format::Json {
            self.out.write_all(b"\"")?;
        }
        let escape = match self.format {
            Format::Tsv => tsv_escaped::<W>,
            Format::Json => json_escaped::<W>,
        };
        let mut adapter = Escaping {
            out: &mut self.out,
            escape,
            error: None,
        };
        if fmt::write(&mut adapter, format_args!("{value}")).is_err() {
            return Err(adapter
                .error
                .unwrap_or_else(|| io::Error::other("a value failed to format")));
        }
        if self.format == Format::Json {
            self.out.write_all(b"\"")?;
        }
        Ok(())
    }

    /// Ends the row; every column must have been written.
    pub fn end_row(&mut self) -> io::Result<()> {
        debug_assert_eq!(self.column, self.columns.len(), "a row missed a column");
        self.column = 0;
        self.out.write_all(match self.format {
            Format::Tsv => b"\n",
            Format::Json => b"}\n",
        })
    }

    /// Flushes the underlying writer.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// A `fmt::Write` that escapes everything written through it into an
/// `io::Write`, keeping the I/O error that `fmt` cannot carry.
struct Escaping<'a, W> {
    out: &'a mut W,
    escape: fn(&mut W, &[u8]) -> io::Result<()>,
    error: Option<io::Error>,
}

impl<W> fmt::Write for Escaping<'_, W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        (self.escape)(self.out, s.as_bytes()).map_err(|e| {
            self.error = Some(e);
            fmt::Error
        })
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Printable ASCII but `except`: the bytes both formats write as they are.
/// Everything else (rare in hosts and messages) takes the slow path.
const fn plain_except(except: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = b' ';
    while b <= b'~' {
        table[b as usize] = true;
        b += 1;
    }
    let mut i = 0;
    while i < except.len() {
        table[except[i] as usize] = false;
        i += 1;
    }
    table
}

const TSV_PLAIN: [bool; 256] = plain_except(b"\\");
const JSON_PLAIN: [bool; 256] = plain_except(b"\\\"");

/// Writes the plain prefix of `bytes` and returns the rest.
fn write_plain<'b, W: Write>(
    out: &mut W,
    bytes: &'b [u8],
    plain: &[bool; 256],
) -> io::Result<&'b [u8]> {
    let end = bytes
        .iter()
        .position(|&b| !plain[usize::from(b)])
        .unwrap_or(bytes.len());
    out.write_all(&bytes[..end])?;
    Ok(&bytes[end..])
}

/// `bytes` as a TSV field: see the module docs.
pub fn tsv_escaped<W: Write>(out: &mut W, bytes: &[u8]) -> io::Result<()> {
    let rest = write_plain(out, bytes, &TSV_PLAIN)?;
    for chunk in rest.utf8_chunks() {
        let valid = chunk.valid().as_bytes();
        let mut run = 0; // start of the bytes not yet written
        for (i, &b) in valid.iter().enumerate() {
            let escape: &[u8] = match b {
                b'\\' => b"\\\\",
                b'\t' => b"\\t",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                0..=0x1f | 0x7f => b"",
                _ => continue,
            };
            out.write_all(&valid[run..i])?;
            run = i + 1;
            if escape.is_empty() {
                hex_escape(out, b)?;
            } else {
                out.write_all(escape)?;
            }
        }
        out.write_all(&valid[run..])?;
        for &b in chunk.invalid() {
            hex_escape(out, b)?;
        }
    }
    Ok(())
}

fn hex_escape<W: Write>(out: &mut W, b: u8) -> io::Result<()> {
    out.write_all(&[
        b'\\',
        b'x',
        HEX[usize::from(b >> 4)],
        HEX[usize::from(b & 0xf)],
    ])
}

/// `bytes` as a quoted JSON string: see the module docs.
pub fn json_string<W: Write>(out: &mut W, bytes: &[u8]) -> io::Result<()> {
    out.write_all(b"\"")?;
    json_escaped(out, bytes)?;
    out.write_all(b"\"")
}

/// The inside of a JSON string.
fn json_escaped<W: Write>(out: &mut W, bytes: &[u8]) -> io::Result<()> {
    let rest = write_plain(out, bytes, &JSON_PLAIN)?;
    for chunk in rest.utf8_chunks() {
        let valid = chunk.valid().as_bytes();
        let mut run = 0;
        for (i, &b) in valid.iter().enumerate() {
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0c => b"\\f",
                0..=0x1f => b"",
                _ => continue,
            };
            out.write_all(&valid[run..i])?;
            run = i + 1;
            if escape.is_empty() {
                out.write_all(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(b >> 4)],
                    HEX[usize::from(b & 0xf)],
                ])?;
            } else {
                out.write_all(escape)?;
            }
        }
        out.write_all(&valid[run..])?;
        if !chunk.invalid().is_empty() {
            out.write_all(
                char::REPLACEMENT_CHARACTER
                    .encode_utf8(&mut [0; 4])
                    .as_bytes(),
            )?;
        }
    }
    Ok(())
}

/// `bytes` for a person's terminal, one column per written byte: printable
/// ASCII as is (`\\` doubled), every other byte `\xHH`, so a caret line
/// under it can point at any byte.
pub fn visible<W: Write>(out: &mut W, bytes: &[u8]) -> io::Result<()> {
    for &b in bytes {
        match b {
            b'\\' => out.write_all(b"\\\\")?,
            b' '..=b'~' => out.write_all(&[b])?,
            _ => hex_escape(out, b)?,
        }
    }
    Ok(())
}

/// The columns [`visible`] takes for `bytes`.
pub fn visible_width(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| match b {
            b'\\' => 2,
            b' '..=b'~' => 1,
            _ => 4,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tsv(bytes: &[u8]) -> String {
        let mut out = Vec::new();
        tsv_escaped(&mut out, bytes).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn json(bytes: &[u8]) -> String {
        let mut out = Vec::new();
        json_string(&mut out, bytes).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn tsv_escapes_what_would_break_a_row() {
        assert_eq!(tsv(b"api.twilio.com"), "api.twilio.com");
        assert_eq!(tsv(b"a\tb\\c\nd\re"), "a\\tb\\\\c\\nd\\re");
        assert_eq!(tsv(b"\x00\x1f\x7f"), "\\x00\\x1f\\x7f");
        assert_eq!(tsv(b"a\xffb\xc3"), "a\\xffb\\xc3");
        assert_eq!(tsv("twilío".as_bytes()), "twilío");
    }

    #[test]
    fn json_strings_are_rfc_8259() {
        assert_eq!(json(b"a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(
            json(b"\n\r\t\x08\x0c\x01\x7f"),
            "\"\\n\\r\\t\\b\\f\\u0001\x7f\""
        );
        assert_eq!(json(b"a\xffb"), "\"a\u{fffd}b\"");
        assert_eq!(json("twilío".as_bytes()), "\"twilío\"");
    }

    #[test]
    fn visible_shows_every_byte_in_its_width() {
        for input in [
            &b"api.twilio.com"[..],
            b"a\\b",
            b"a\tb\xff",
            "bü".as_bytes(),
        ] {
            let mut out = Vec::new();
            visible(&mut out, input).unwrap();
            assert_eq!(out.len(), visible_width(input), "{input:?}");
            assert!(out.iter().all(|b| (b' '..=b'~').contains(b)), "{input:?}");
        }
        let mut out = Vec::new();
        visible(&mut out, b"a\\b\tc\xff").unwrap();
        assert_eq!(out, b"a\\\\b\\x09c\\xff");
    }

    #[test]
    fn rows_write_every_column_in_both_formats() {
        const COLUMNS: &[&str] = &["input", "n", "note"];
        let row = |format| {
            let mut rows = Rows::new(Vec::new(), format, COLUMNS);
            rows.field_bytes(b"a\tb").unwrap();
            rows.field_display(Some(&7)).unwrap();
            rows.field_str(None).unwrap();
            rows.end_row().unwrap();
            String::from_utf8(rows.out).unwrap()
        };
        assert_eq!(row(Format::Tsv), "a\\tb\t7\t-\n");
        assert_eq!(
            row(Format::Json),
            "{\"input\":\"a\\tb\",\"n\":\"7\",\"note\":null}\n"
        );
    }
}
