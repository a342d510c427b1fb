//! `twilio-fqdn classify`: one row per input, for logs and configs in bulk.

use std::ffi::OsString;
use std::fmt::{self, Display, Formatter};
use std::io::{self, Write};

use twilio_fqdn::{Edge, Hostname, ParseError, Region, Verdict};

use crate::exit::Status;
use crate::input;
use crate::output::{self, Format, Rows};

/// The columns, in order; also the JSON keys.
pub const COLUMNS: &[&str] = &[
    "input",
    "verdict",
    "product",
    "edge",
    "region",
    "processed_in",
    "canonical",
    "message",
];

/// Classify hostnames or http(s) URLs: one row each, as TSV or JSON lines.
#[derive(Debug, clap::Args)]
#[command(after_long_help = AFTER_HELP, after_help = AFTER_HELP)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Tsv)]
    format: Format,

    /// Print the column names as a first row (TSV only).
    #[arg(long)]
    header: bool,

    /// Hostnames (api.dublin.ie1.twilio.com) or http(s) URLs; when there
    /// are none, stdin is read, one per line. Put `--` before inputs that
    /// start with `-`.
    #[arg(value_name = "HOST_OR_URL")]
    inputs: Vec<OsString>,
}

const AFTER_HELP: &str = "\
Inputs: each argument, or each line of stdin when there are no arguments.
Surrounding whitespace (and a \\r line end) is trimmed; blank stdin lines
and stdin lines starting with # are skipped (arguments never are). A line
that is not UTF-8 gets an `error` row like any other bad input.

Columns: input, verdict (ok|warn|fail|error), product, edge, region,
processed_in, canonical, message. edge and region are as written in the host;
canonical is the lowercase host; message is the verdict's reason, then
`; use <fix>` when there is a fix, or the parse error for `error` rows.

TSV: 8 tab-separated columns, `-` for an absent field; in `input`, \\ tab,
newline, CR, other control bytes and non-UTF-8 bytes are written \\\\ \\t \\n \\r
\\xHH, so every row has 8 columns.
JSON: one object per line with the same keys in the same order; an absent
field is null; bytes that are not UTF-8 become U+FFFD.

Exit status: 0 when every input is ok or warn, 1 when any is fail or error,
2 on usage or I/O errors.";

/// Runs `classify`.
pub fn run(args: &Args) -> io::Result<Status> {
    let mut rows = output::stdout_rows(args.format, args.header, COLUMNS)?;
    let mut bad = false;
    input::for_each(&args.inputs, |input| {
        let parsed = Hostname::parse_host_or_url_bytes(input);
        bad |= write_row(&mut rows, input, parsed)?;
        Ok(())
    })?;
    rows.flush()?;
    Ok(Status::from_bad(bad))
}

/// Writes the row of one input; true when it is fail or error.
fn write_row<W: Write>(
    rows: &mut Rows<W>,
    input: &[u8],
    parsed: Result<Hostname, ParseError>,
) -> io::Result<bool> {
    rows.field_bytes(input)?;
    let bad = match parsed {
        Ok(host) => {
            let verdict = host.verdict();
            rows.field_str(Some(verdict.severity().as_str()))?;
            rows.field_str(Some(host.product().as_str()))?;
            rows.field_str(host.edge().map(Edge::as_str))?;
            rows.field_str(host.region().map(Region::as_str))?;
            rows.field_str(verdict.processed_in().map(Region::as_str))?;
            rows.field_str(Some(&host.to_heapless()))?;
            rows.field_display(Some(&Message(verdict)))?;
            verdict.is_fail()
        }
        Err(error) => {
            rows.field_str(Some("error"))?;
            for _ in ["product", "edge", "region", "processed_in", "canonical"] {
                rows.field_str(None)?;
            }
            rows.field_display(Some(&error))?;
            true
        }
    };
    rows.end_row()?;
    Ok(bad)
}

/// The `message` of a parsed host: the reason, then the fix if any.
struct Message(Verdict);

impl Display for Message {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        Display::fmt(&self.0.reason(), f)?;
        if let Some(fix) = self.0.fix() {
            f.write_str("; use ")?;
            Display::fmt(&fix, f)?;
        }
        Ok(())
    }
}
