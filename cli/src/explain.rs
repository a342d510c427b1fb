//! `twilio-fqdn explain`: one host or URL, explained for a person.

use std::ffi::OsString;
use std::io::{self, Write};

use twilio_fqdn::{Edge, Hostname, ParseError, Severity};

use crate::exit::Status;
use crate::input;
use crate::output::{visible, visible_width};

/// Explain one hostname or http(s) URL: what each label is, where requests
/// are processed, whether the host works and what to use instead.
///
/// Exit status: 0 when the host is ok or warn, 1 when it is fail or does not
/// parse, 2 on usage errors.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A hostname (api.dublin.ie1.twilio.com) or an http(s) URL.
    #[arg(value_name = "HOST_OR_URL")]
    input: OsString,
}

/// Width of the label column of the report.
const LABEL_WIDTH: usize = 16;

/// Runs `explain`.
pub fn run(args: &Args) -> io::Result<Status> {
    let input = input::arg_bytes(&args.input);
    let mut out = io::stdout().lock();
    let status = match Hostname::parse_host_or_url_bytes(input) {
        Ok(host) => report(&mut out, input, host)?,
        Err(error) => {
            error_report(&mut out, input, error)?;
            Status::Problems
        }
    };
    out.flush()?;
    Ok(status)
}

fn label(out: &mut impl Write, name: &str) -> io::Result<()> {
    let pad = LABEL_WIDTH.saturating_sub(name.len() + 1);
    write!(out, "{name}:{:pad$}", "")
}

fn line(out: &mut impl Write, name: &str, value: impl std::fmt::Display) -> io::Result<()> {
    label(out, name)?;
    writeln!(out, "{value}")
}

fn describe_edge(edge: Edge) -> String {
    format!(
        "{edge}: {}, legacy id {}",
        edge.location(),
        edge.legacy_id()
    )
}

/// The report of a host that parsed.
fn report(out: &mut impl Write, input: &[u8], host: Hostname) -> io::Result<Status> {
    let verdict = host.verdict();
    label(out, "input")?;
    visible(out, input)?;
    writeln!(out)?;
    line(out, "host", host)?;
    line(out, "form", host.form())?;
    line(out, "product", host.product())?;
    match host.edge() {
        Some(edge) => line(out, "edge", describe_edge(edge))?,
        None => line(out, "edge", "- (none written)")?,
    }
    match host.effective_edge() {
        Some(edge) if host.edge().is_none() => {
            line(out, "effective edge", format_args!("{edge} (implicit)"))?
        }
        Some(edge) => line(out, "effective edge", edge)?,
        None => line(
            out,
            "effective edge",
            "- (Twilio's geo-DNS picks where requests enter)",
        )?,
    }
    match host.region() {
        Some(region) if region.is_processing() => line(
            out,
            "region",
            format_args!("{region} (a processing region)"),
        )?,
        Some(region) => line(
            out,
            "region",
            format_args!("{region} (not a processing region)"),
        )?,
        None => line(out, "region", "- (none written)")?,
    }
    match (verdict.processed_in(), verdict.severity()) {
        (Some(region), _) => line(out, "processed in", region)?,
        (None, Severity::Fail) => line(out, "processed in", "- (nowhere: the host does not work)")?,
        (None, _) => line(out, "processed in", "- (not documented)")?,
    }
    line(
        out,
        "verdict",
        format_args!("{}: {}", verdict.severity(), verdict.reason()),
    )?;
    match (verdict.fix(), verdict.severity()) {
        (Some(fix), _) => line(out, "fix", format_args!("use {fix}"))?,
        (None, Severity::Ok) => line(out, "fix", "- (none needed)")?,
        (None, _) => line(out, "fix", "- (nothing replaces this host)")?,
    }
    Ok(Status::from_bad(verdict.is_fail()))
}

/// The input, a caret line under the bytes the error is about, and the
/// error.
fn error_report(out: &mut impl Write, input: &[u8], error: ParseError) -> io::Result<()> {
    label(out, "input")?;
    visible(out, input)?;
    writeln!(out)?;
    let span = error.span();
    let start = span.start.min(input.len());
    let end = span.end.clamp(start, input.len());
    let indent = LABEL_WIDTH + visible_width(&input[..start]);
    let carets = visible_width(&input[start..end]).max(1);
    writeln!(out, "{:indent$}{:^<carets$}", "", "")?;
    line(out, "error", error)
}
