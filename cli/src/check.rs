//! `twilio-fqdn check`: the gateway's residency decision, one row per input.

use std::ffi::OsString;
use std::io;

use twilio_fqdn::{
    check_bytes, processing_region, Credential, Decision, NonTwilio, Policy, Region, RegionError,
    RegionSet,
};

use crate::exit::Status;
use crate::input;
use crate::output::{self, Format};

/// The columns, in order; also the JSON keys.
pub const COLUMNS: &[&str] = &["input", "decision", "reason"];

/// Check URLs or hostnames against a data-residency policy: one row each,
/// `input<TAB>allow|deny<TAB>reason`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = AFTER_HELP, after_help = AFTER_HELP)]
pub struct Args {
    /// The processing regions requests may go to, comma-separated
    /// (us1, ie1, au1; e.g. `--allow ie1` or `--allow us1,ie1`).
    #[arg(long, value_name = "REGIONS", value_parser = parse_regions)]
    allow: RegionSet,

    /// The region of the credential (API key or auth token) requests carry;
    /// a host processed elsewhere is denied, naming the region needed.
    #[arg(long, value_name = "REGION", value_parser = parse_region)]
    credential_region: Option<Region>,

    /// Allow hosts outside twilio.com (and IP literals); by default they are
    /// denied.
    #[arg(long)]
    allow_non_twilio: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Tsv)]
    format: Format,

    /// Print the column names as a first row (TSV only).
    #[arg(long)]
    header: bool,

    /// http(s) URLs (a path makes availability exact) or hostnames; when
    /// there are none, stdin is read, one per line. Put `--` before inputs
    /// that start with `-`.
    #[arg(value_name = "URL")]
    inputs: Vec<OsString>,
}

const AFTER_HELP: &str = "\
Checked in this order, the first failing step decides: the host parses as
a Twilio REST host (outside twilio.com: --allow-non-twilio decides); the path
is in normal form; the host works (a fail verdict is denied); its effective
processing region is allowed (a legacy host like api.twilio.com is us1; a
retired api.ie1.twilio.com is us1 and fails); the endpoint is available
there (a bare host: the product offers something there); ie1 and au1 are
reached through their documented edge (dublin, sydney); the credential
region matches.

Output: input<TAB>decision<TAB>reason, decision being allow or deny; the
reason says what to use instead when there is something. Inputs and escaping
as in `classify`: arguments, or stdin lines (blank and # lines skipped).

Exit status: 0 when every input is allowed, 1 when any is denied, 2 on usage
or I/O errors.";

fn parse_regions(s: &str) -> Result<RegionSet, RegionError> {
    s.parse()
}

fn parse_region(s: &str) -> Result<Region, RegionError> {
    processing_region(s)
}

/// Runs `check`.
pub fn run(args: &Args) -> io::Result<Status> {
    let mut policy = Policy::new(args.allow);
    if args.allow_non_twilio {
        policy = policy.non_twilio(NonTwilio::Allow);
    }
    if let Some(region) = args.credential_region {
        // `parse_region` only lets processing regions through.
        let credential = Credential::new(None, region)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        policy = policy.credential(credential);
    }
    let mut rows = output::stdout_rows(args.format, args.header, COLUMNS)?;
    let mut denied = false;
    input::for_each(&args.inputs, |input| {
        let decision = check_bytes(input, &policy);
        denied |= !decision.is_allowed();
        rows.field_bytes(input)?;
        rows.field_str(Some(decision.as_str()))?;
        match &decision {
            Decision::Allow(allowed) => rows.field_display(Some(allowed))?,
            Decision::Deny(denied) => rows.field_display(Some(denied))?,
        }
        rows.end_row()
    })?;
    rows.flush()?;
    Ok(Status::from_bad(denied))
}
