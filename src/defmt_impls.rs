//! `defmt::Format` for every public type (feature `defmt`), for logging
//! from firmware.
//!
//! Labels and hosts go out as their strings with no `core::fmt` at all, so
//! logging a host costs no more flash than encoding it. Types whose text is
//! a sentence ([`Verdict`], [`Decision`], errors...) go through their
//! `Display` ([`defmt::Display2Format`]); the few without one (plain enums,
//! [`Policy`]) through `Debug`. Those pull `core::fmt` in only when logged.

use defmt::{Debug2Format, Display2Format, Format, Formatter};

use crate::labels::DOMAIN_SUFFIX;
use crate::{
    Allowed, AtHost, Availability, BufferTooSmall, Credential, CredentialMismatch, Decision,
    Denied, Edge, EdgeKind, ErrorKind, Form, Hostname, HttpUrl, Level, LookupError, NonTwilio,
    ParseError, PathError, PathErrorKind, Policy, Product, ProductStatus, Reason, Refusal, Region,
    RegionError, RegionOnlyHost, RegionSet, RegionStatus, RewriteError, Row, Setting, Severity,
    Sid, SidError, SidErrorKind, SidKind, StrictTarget, Target, TargetError, TargetErrorKind,
    UnknownLabel, Verdict,
};

/// Types with an `as_str`: the string itself.
macro_rules! as_str {
    ($($ty:ty),+) => {$(
        impl Format for $ty {
            fn format(&self, f: Formatter<'_>) {
                defmt::write!(f, "{=str}", self.as_str());
            }
        }
    )+};
}

/// Types whose `Display` is what a person reads.
macro_rules! display {
    ($($ty:ty),+) => {$(
        impl Format for $ty {
            fn format(&self, f: Formatter<'_>) {
                defmt::write!(f, "{}", Display2Format(self));
            }
        }
    )+};
}

/// Types with only a `Debug`.
macro_rules! debug {
    ($($ty:ty),+) => {$(
        impl Format for $ty {
            fn format(&self, f: Formatter<'_>) {
                defmt::write!(f, "{}", Debug2Format(self));
            }
        }
    )+};
}

as_str!(Product, Edge, Region, Severity, Level, Setting);

display!(
    Form,
    ParseError,
    BufferTooSmall,
    UnknownLabel,
    Reason,
    Verdict,
    PathError,
    LookupError,
    AtHost,
    Sid,
    SidError,
    Credential,
    CredentialMismatch,
    RegionError,
    RegionSet,
    Allowed,
    Denied,
    Decision,
    TargetError,
    Refusal,
    RewriteError
);

debug!(
    EdgeKind,
    ProductStatus,
    RegionStatus,
    RegionOnlyHost,
    ErrorKind,
    PathErrorKind,
    SidErrorKind,
    SidKind,
    NonTwilio,
    Policy,
    Availability,
    Row,
    TargetErrorKind,
    StrictTarget,
    Target<'_>
);

impl Format for Hostname {
    /// The canonical host, label by label.
    fn format(&self, f: Formatter<'_>) {
        defmt::write!(f, "{=str}", self.product().as_str());
        if let Some(edge) = self.edge() {
            defmt::write!(f, ".{=str}", edge.as_str());
        }
        if let Some(region) = self.region() {
            defmt::write!(f, ".{=str}", region.as_str());
        }
        defmt::write!(f, "{=str}", DOMAIN_SUFFIX);
    }
}

impl Format for HttpUrl<'_> {
    /// The URL as given.
    fn format(&self, f: Formatter<'_>) {
        defmt::write!(f, "{=str}", self.as_str());
    }
}
