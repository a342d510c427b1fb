//! Every `Display` of the crate but the label tables', in one place. Pieces
//! are written with `write_str`; `core::fmt` arguments cost twice as much.

use core::fmt::{self, Display, Formatter, Write};

use crate::error::{BufferTooSmall, ErrorKind, ParseError};
use crate::host::{Form, Hostname};
use crate::labels::{Edge, Region, REGION_ONLY_RETIRED_ON};
use crate::verdict::{Reason, Severity, Verdict};

impl Display for Hostname {
    /// The canonical lowercase host. Honours width and fill (`{:>30}`).
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if f.width().is_some() {
            f.pad(&self.to_heapless())
        } else {
            self.write_to(f)
        }
    }
}

impl Display for Form {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Form::Legacy => "legacy",
            Form::RegionOnly => "region-only",
            Form::EdgeOnly => "edge without region",
            Form::Regional => "regional",
        })
    }
}

impl Display for Severity {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Writes a decimal number without `core::fmt` arguments.
fn write_usize(f: &mut impl Write, mut n: usize) -> fmt::Result {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        f.write_char(char::from(d))?;
    }
    Ok(())
}

impl Display for ParseError {
    /// What is wrong and at which byte, e.g. `invalid byte 0x5f at byte 5`.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self.kind() {
            ErrorKind::InvalidByte(byte) => {
                f.write_str("invalid byte 0x")?;
                const HEX: &[u8; 16] = b"0123456789abcdef";
                f.write_char(char::from(HEX[usize::from(byte >> 4)]))?;
                f.write_char(char::from(HEX[usize::from(byte & 0xf)]))?;
                if byte.is_ascii_graphic() {
                    f.write_str(" ('")?;
                    f.write_char(char::from(byte))?;
                    f.write_str("')")?;
                }
            }
            ErrorKind::UnknownProduct { len }
            | ErrorKind::UnknownEdge { len }
            | ErrorKind::UnknownRegion { len }
            | ErrorKind::UnknownEdgeOrRegion { len } => {
                f.write_str(kind_message(self.kind()))?;
                f.write_str(" (")?;
                write_usize(f, usize::from(len))?;
                f.write_str(" bytes)")?;
            }
            kind => f.write_str(kind_message(kind))?,
        }
        f.write_str(" at byte ")?;
        write_usize(f, self.index())
    }
}

/// The fixed words of each error kind.
const fn kind_message(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Empty => "empty input",
        ErrorKind::TooLong => "name longer than 253 bytes",
        ErrorKind::EmptyLabel => "empty label",
        ErrorKind::LabelTooLong => "label longer than 63 bytes",
        ErrorKind::InvalidByte(_) => "invalid byte",
        ErrorKind::HyphenAtLabelEdge => "label starts or ends with '-'",
        ErrorKind::NotTwilio => "not a Twilio host: the name must end in .twilio.com",
        ErrorKind::MissingProduct => "no product label before twilio.com",
        ErrorKind::UnknownProduct { .. } => "unknown Twilio product",
        ErrorKind::UnknownEdge { .. } => "unknown Twilio edge",
        ErrorKind::UnknownRegion { .. } => "unknown Twilio region",
        ErrorKind::UnknownEdgeOrRegion { .. } => "neither a Twilio edge nor a region",
        ErrorKind::TooManyLabels => "too many labels: expected product[.edge][.region].twilio.com",
        ErrorKind::NotHttpUrl => "not an http or https URL",
        ErrorKind::EmptyHost => "URL without a host",
        ErrorKind::IpLiteral => "IP literal, not a Twilio host",
        ErrorKind::InvalidPort => "port is not a number up to 65535",
    }
}

impl Display for BufferTooSmall {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("buffer too small: ")?;
        write_usize(f, self.needed)?;
        f.write_str(" bytes needed")
    }
}

fn edge_name(f: &mut Formatter<'_>, edge: Edge) -> fmt::Result {
    f.write_str("edge ")?;
    f.write_str(edge.as_str())
}

fn region_name(f: &mut Formatter<'_>, region: Region) -> fmt::Result {
    f.write_str(region.as_str())
}

impl Display for Reason {
    /// A sentence a person can act on.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match *self {
            Reason::Legacy => f.write_str("legacy host: processed in us1 through edge ashburn"),
            Reason::Us1 => f.write_str("processed in us1"),
            Reason::Us1ThroughEdge(edge) => {
                f.write_str("processed in us1; the backend ignores ")?;
                edge_name(f, edge)?;
                f.write_str(", which only picks where requests enter Twilio")
            }
            Reason::DocumentedPair(edge, region) => {
                f.write_str("processed in ")?;
                region_name(f, region)?;
                f.write_str(" through its documented ")?;
                edge_name(f, edge)
            }
            Reason::UndocumentedEdge(edge, region) => {
                edge_name(f, edge)?;
                f.write_str(" is not documented for ")?;
                region_name(f, region)?;
                if let Some(documented) = region.documented_edge() {
                    f.write_str("; only ")?;
                    edge_name(f, documented)?;
                    f.write_str(" is")?;
                }
                Ok(())
            }
            Reason::DisputedRegion(region) => {
                region_name(f, region)?;
                f.write_str(
                    " is listed as a region only by the Twilio CLI docs; the current docs \
                     process data in us1, ie1 and au1 only",
                )
            }
            Reason::RetiredProduct(product) => {
                f.write_str("product ")?;
                f.write_str(product.as_str())?;
                f.write_str(" is retired; its hosts no longer serve")
            }
            Reason::NotRestEdge(edge) => {
                edge_name(f, edge)?;
                f.write_str(" is not a REST API edge: TLS name mismatch (twilio-csharp#798)")
            }
            Reason::NeverARegion(region) => {
                region_name(f, region)?;
                f.write_str(" is not a region")?;
                if let Some(edge) = region.legacy_edge() {
                    f.write_str(" but the legacy id of ")?;
                    edge_name(f, edge)?;
                }
                f.write_str(": the host does not resolve (twilio-node#666)")
            }
            Reason::EdgeWithoutRegion(edge) => {
                edge_name(f, edge)?;
                f.write_str(" without a region: the host does not exist (twilio-java#936)")
            }
            Reason::RetiredRegionOnly(region) => {
                f.write_str("region-only host for ")?;
                region_name(f, region)?;
                f.write_str(" was retired on ")?;
                f.write_str(REGION_ONLY_RETIRED_ON)?;
                f.write_str(" (it processed in us1 whatever the code)")
            }
            Reason::NotProcessingRegion(_, region) => {
                region_name(f, region)?;
                f.write_str(" is not a processing region")?;
                if let Some(edge) = region.legacy_edge() {
                    f.write_str(" but the legacy id of ")?;
                    edge_name(f, edge)?;
                }
                Ok(())
            }
        }
    }
}

impl Display for Verdict {
    /// `fail: <reason>; use <fix>`.
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(self.severity().as_str())?;
        f.write_str(": ")?;
        Display::fmt(&self.reason(), f)?;
        if let Some(fix) = self.fix() {
            f.write_str("; use ")?;
            fix.write_to(f)?;
        }
        Ok(())
    }
}
