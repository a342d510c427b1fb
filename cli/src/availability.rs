//! `twilio-fqdn availability`: where one endpoint can be used.

use std::io::{self, BufWriter, Write};

use twilio_fqdn::{Availability, LookupError, Product};

use crate::exit::Status;
use crate::output::tsv_escaped;

/// Show in which processing regions an endpoint is available: one line per
/// region, `region<TAB>level<TAB>note`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = AFTER_HELP, after_help = AFTER_HELP)]
pub struct Args {
    /// An http(s) URL, or a product (notify) followed by a path
    /// (/v1/Credentials).
    #[arg(value_name = "URL | PRODUCT PATH", num_args = 1..=2, required = true)]
    inputs: Vec<String>,
}

const AFTER_HELP: &str = "\
Output: one line per processing region (us1, ie1, au1):
region<TAB>level<TAB>note, where level is ga, beta or no and note is the
availability table's note for the row that decided (or the us1-only
default for a product without a matching row).

The path is matched segment by segment, case-sensitively, longest row
first; a .json extension is ignored; query and fragment are ignored. A path
with . or .. segments, //, percent-encoding or a backslash is refused.

For a URL, the host is judged too: when the endpoint cannot be used at that
host (not offered in its region, wrong edge, or the host fails), the reason
and the host to use go to stderr and the exit status is 1.

Exit status: 0 answered (and, for a URL, usable at its host), 1 not usable at
the URL's host, 2 on usage errors, a URL or path that cannot be judged, or
an unknown product.";

/// Runs `availability`.
pub fn run(args: &Args) -> io::Result<Status> {
    let (availability, at_host) = match args.inputs.as_slice() {
        [url] => match Availability::lookup_url(url) {
            Ok((host, availability)) => (availability, Some(availability.at(host))),
            Err(e) => return refuse(url, &e),
        },
        [product, path] => {
            let Ok(product) = product.parse::<Product>() else {
                return refuse(
                    product,
                    &"not a Twilio product (as in notify, api, messaging)",
                );
            };
            match Availability::lookup(product, path) {
                Ok(availability) => (availability, None),
                Err(e) => return refuse(path, &LookupError::Path(e)),
            }
        }
        _ => unreachable!("clap takes one or two inputs"),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    for (region, level) in availability.levels() {
        out.write_all(region.as_str().as_bytes())?;
        out.write_all(b"\t")?;
        out.write_all(level.as_str().as_bytes())?;
        out.write_all(b"\t")?;
        tsv_escaped(&mut out, availability.note().as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    match at_host {
        Some(at) if !at.is_available() => {
            eprintln!("twilio-fqdn: at this host: {at}");
            Ok(Status::Problems)
        }
        _ => Ok(Status::Clean),
    }
}

/// Reports an input that cannot be judged as a usage error (exit 2), the
/// way clap reports its own.
fn refuse(input: &str, error: &dyn std::fmt::Display) -> io::Result<Status> {
    let mut shown = Vec::new();
    crate::output::visible(&mut shown, input.as_bytes())?;
    let shown = String::from_utf8_lossy(&shown);
    clap::Error::raw(
        clap::error::ErrorKind::InvalidValue,
        format!("{shown}: {error}\n"),
    )
    .exit()
}
