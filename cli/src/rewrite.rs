//! `twilio-fqdn rewrite`: request URLs rewritten for an edge and a region,
//! byte for byte like Twilio's helper libraries, or strictly.

use std::env;
use std::ffi::OsString;
use std::io::{self, BufWriter, Write};

use twilio_fqdn::{
    Edge, HttpUrl, Region, RewriteError, Setting, Severity, StrictTarget, Target, TargetError,
};

use crate::exit::Status;
use crate::input;
use crate::output::visible;

/// Rewrite request URLs for an edge and a region exactly as Twilio's helper
/// libraries do: one rewritten URL per line.
#[derive(Debug, clap::Args)]
#[command(after_long_help = AFTER_HELP, after_help = AFTER_HELP)]
pub struct Args {
    /// The edge location (e.g. dublin, sydney); default: $TWILIO_EDGE.
    #[arg(long, value_name = "EDGE")]
    edge: Option<String>,

    /// The region (e.g. ie1, au1); default: $TWILIO_REGION.
    #[arg(long, value_name = "REGION")]
    region: Option<String>,

    /// Only real edges and regions, and refuse any URL whose host would not
    /// work (region ie1 without edge dublin, edge roaming, region gll, ...):
    /// the reason and the fix go to stderr.
    #[arg(long)]
    strict: bool,

    /// http(s) URLs; when there are none, stdin is read, one per line. Put
    /// `--` before inputs that start with `-`.
    #[arg(value_name = "URL")]
    inputs: Vec<OsString>,
}

const AFTER_HELP: &str = "\
As the helper libraries: a flag beats the environment variable, each setting
on its own, and an empty value is unset. The host is split on '.': 4 labels
read as product.REGION.domain, 5 as product.EDGE.REGION.domain; a given
edge or region replaces the URL's; an edge without a region gets us1.
Everything but the host is kept byte for byte; the host is written in
lowercase without a trailing dot. Hosts that are not DNS names (IP
addresses, localhost, single labels) and names of 2 or 6+ labels are left
unchanged. An edge or region must be one DNS label ([A-Za-z0-9-]).

--strict runs the same rewrite, then refuses a host that does not work and
prints what to use instead; warnings (an edge not documented for its region)
go to stderr too. Hosts outside twilio.com are left unchanged.

Inputs that cannot be rewritten print nothing on stdout and a message on
stderr. Exit status: 0 when every URL was rewritten, 1 when any was not
(refused or invalid), 2 on usage or I/O errors (a bad edge or region).";

/// Either kind of target, built once.
enum AnyTarget<'a> {
    Compatible(Target<'a>),
    Strict(StrictTarget),
}

/// Runs `rewrite`.
pub fn run(args: &Args) -> io::Result<Status> {
    let env_edge = env_value(Setting::Edge);
    let env_region = env_value(Setting::Region);
    let target = if args.strict {
        StrictTarget::parse(args.edge.as_deref(), args.region.as_deref())
            .and_then(|t| t.or_environment(env_edge.as_deref(), env_region.as_deref()))
            .map(AnyTarget::Strict)
    } else {
        Target::new(args.edge.as_deref(), args.region.as_deref())
            .and_then(|t| t.or_environment(env_edge.as_deref(), env_region.as_deref()))
            .map(AnyTarget::Compatible)
    };
    let target = target.unwrap_or_else(|e| usage_error(args, e));

    let mut out = BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let mut err = io::stderr().lock();
    let mut buf = vec![0u8; 1024];
    let mut failed = false;
    input::for_each(&args.inputs, |input| {
        let Ok(url) = std::str::from_utf8(input) else {
            failed = true;
            return complain(&mut err, input, &"not UTF-8");
        };
        let result = loop {
            let result = match &target {
                AnyTarget::Compatible(t) => t.rewrite_into(url, &mut buf),
                AnyTarget::Strict(t) => t.rewrite_into(url, &mut buf),
            };
            match result {
                Err(RewriteError::BufferTooSmall(small)) => buf.resize(small.needed, 0),
                Ok(rewritten) => break Ok(rewritten.len()),
                Err(e) => break Err(e),
            }
        };
        match result {
            Ok(len) => {
                out.write_all(&buf[..len])?;
                out.write_all(b"\n")?;
                if let AnyTarget::Strict(t) = &target {
                    warn_if_warned(&mut err, url, t)?;
                }
                Ok(())
            }
            Err(e) => {
                failed = true;
                // Keep stdout and stderr in order for a person reading both.
                out.flush()?;
                complain(&mut err, input, &e)?;
                if let RewriteError::Refused(refusal) = e {
                    if let Some(fix) = refusal.fix() {
                        write!(err, "  fix: ")?;
                        write_fixed_url(&mut err, url, &fix.to_string())?;
                        match refusal.fix_target() {
                            Some(t) if t.edge().is_some() || t.region().is_some() => {
                                writeln!(err, " ({})", flags(t.edge(), t.region()))?
                            }
                            _ => writeln!(err, " (no edge and no region)")?,
                        }
                    }
                }
                Ok(())
            }
        }
    })?;
    out.flush()?;
    Ok(Status::from_bad(failed))
}

/// A setting's environment variable: unset, empty and not UTF-8 (which no
/// edge or region is) are all told apart from a usable value later.
fn env_value(setting: Setting) -> Option<String> {
    let value = env::var_os(setting.env_var())?;
    match value.into_string() {
        Ok(value) => Some(value),
        Err(_) => usage_exit(&format!(
            "{}: the value is not UTF-8; {} must be one DNS label",
            setting.env_var(),
            setting
        )),
    }
}

/// Says which value was bad, the flag or the environment's, and exits 2.
fn usage_error(args: &Args, e: TargetError) -> ! {
    let setting = e.setting();
    let flag = match setting {
        Setting::Edge => &args.edge,
        Setting::Region => &args.region,
    };
    // The flag is used unless it is absent or empty; then the environment.
    let source = match flag.as_deref() {
        Some(value) if !value.is_empty() => format!("--{setting} {value:?}"),
        _ => format!(
            "{}={:?}",
            setting.env_var(),
            env::var(setting.env_var()).unwrap_or_default()
        ),
    };
    let mut message = format!("{source}: {e}");
    if args.strict && e.kind() == twilio_fqdn::TargetErrorKind::Unknown {
        let known: Vec<&str> = match setting {
            Setting::Edge => Edge::ALL.iter().map(|e| e.as_str()).collect(),
            Setting::Region => Region::ALL.iter().map(|r| r.as_str()).collect(),
        };
        message.push_str(&format!(" (one of {})", known.join(", ")));
    }
    usage_exit(&message)
}

fn usage_exit(message: &str) -> ! {
    clap::Error::raw(clap::error::ErrorKind::InvalidValue, format!("{message}\n")).exit()
}

/// `twilio-fqdn: <input>: <why>` on stderr.
fn complain(err: &mut impl Write, input: &[u8], why: &dyn std::fmt::Display) -> io::Result<()> {
    write!(err, "twilio-fqdn: ")?;
    visible(err, input)?;
    writeln!(err, ": {why}")
}

/// A warning for a host strict mode lets through (e.g. an edge not
/// documented for its region).
fn warn_if_warned(err: &mut impl Write, url: &str, target: &StrictTarget) -> io::Result<()> {
    if let Ok(Some(host)) = target.host_for(url) {
        let verdict = host.verdict();
        if verdict.severity() == Severity::Warn {
            writeln!(err, "twilio-fqdn: warning: {url}: {host}: {verdict}")?;
        }
    }
    Ok(())
}

/// `url` with its host replaced by `host`.
fn write_fixed_url(err: &mut impl Write, url: &str, host: &str) -> io::Result<()> {
    match HttpUrl::parse(url) {
        Ok(parts) => write!(err, "{}{host}{}", parts.before_host(), parts.after_host()),
        Err(_) => write!(err, "{host}"),
    }
}

/// `--edge dublin --region ie1`, naming only what is set.
fn flags(edge: Option<Edge>, region: Option<Region>) -> String {
    let mut flags = Vec::new();
    if let Some(edge) = edge {
        flags.push(format!("--edge {edge}"));
    }
    if let Some(region) = region {
        flags.push(format!("--region {region}"));
    }
    flags.join(" ")
}
