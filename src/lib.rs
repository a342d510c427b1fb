//! The zero-allocation, `no_std` authority on Twilio REST API hostnames.
//!
//! Twilio's REST API runs per region, and the hostname picks it:
//! `{product}.{edge}.{region}.twilio.com`. This crate parses any hostname or
//! URL into a three-byte [`Hostname`], says where its requests are really
//! processed and whether the host works ([`Verdict`]), and writes canonical
//! hosts back out — without allocating, without `unsafe`, on any target.
//!
//! ```
//! use twilio_fqdn::{Hostname, Region, Severity};
//!
//! // A host users ship and find out about in production.
//! let host = Hostname::parse("api.ie1.twilio.com")?;
//! let verdict = host.verdict();
//! assert_eq!(verdict.severity(), Severity::Fail);
//! assert_eq!(
//!     verdict.to_string(),
//!     "fail: region-only host for ie1 was retired on 2026-04-28 \
//!      (it processed in us1 whatever the code); use api.dublin.ie1.twilio.com"
//! );
//!
//! // The legacy host goes to us1 through edge ashburn.
//! let legacy = Hostname::from_url("https://video.twilio.com/v1/Rooms")?;
//! assert_eq!(legacy.processing_region(), Some(Region::Us1));
//! # Ok::<(), twilio_fqdn::ParseError>(())
//! ```
//!
//! Beyond the host, [`Availability`] says which endpoints each processing
//! region offers (RULES.md §9), and [`check`] is the one call an egress
//! gateway makes per request: host verdict, data residency against a
//! [`Policy`], endpoint availability and the [`Credential`]'s region.
//!
//! ```
//! use twilio_fqdn::{check, Policy, Region, RegionSet};
//!
//! const EU: Policy = Policy::new(RegionSet::EMPTY.with(Region::Ie1));
//! let decision = check("https://notify.dublin.ie1.twilio.com/v1/Credentials", &EU);
//! assert!(!decision.is_allowed());
//! assert_eq!(
//!     decision.to_string(),
//!     "deny: this notify endpoint is not available in ie1; no allowed region offers it (offered in us1)"
//! );
//! ```
//!
//! [`Target`] rewrites request URLs for an edge and a region byte for byte
//! like Twilio's helper libraries; [`StrictTarget`] does the same but
//! refuses to produce a host that fails, and names the fix.
//!
//! The facts (products, edges, regions) live in one table each in
//! `src/labels.rs` ([`Product`], [`Edge`], [`Region`]), the endpoint
//! availability in one table in `src/availability.rs` ([`ROWS`]); the rules
//! follow `shared/twilio/RULES.md`.
//!
//! Optional features, off by default: `serde` (hosts, labels and decisions
//! as their canonical strings, no alloc) and `defmt` (`defmt::Format` for
//! every public type). The C ABI is the `twilio-fqdn-ffi` crate.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(test)]
extern crate std;

mod availability;
mod credential;
#[cfg(feature = "defmt")]
mod defmt_impls;
mod error;
mod fmt;
mod host;
mod labels;
mod parse;
mod policy;
mod rewrite;
#[cfg(feature = "serde")]
mod serde_impls;
mod url;
mod verdict;

pub use availability::{AtHost, Availability, Level, LookupError, Row, ROWS};
pub use credential::{Credential, CredentialMismatch, Sid, SidKind, SID_LEN};
pub use error::{
    BufferTooSmall, ErrorKind, ParseError, PathError, PathErrorKind, RegionError, SidError,
    SidErrorKind,
};
pub use host::{Form, Hostname};
pub use labels::{
    Edge, EdgeKind, Product, ProductStatus, Region, RegionOnlyHost, RegionStatus, UnknownLabel,
    MAX_HOST_LEN, REGION_ONLY_RETIRED_ON,
};
pub use policy::{
    check, check_bytes, processing_region, Allowed, Decision, Denied, NonTwilio, Policy, RegionSet,
};
pub use rewrite::{
    Refusal, RewriteError, Setting, StrictTarget, Target, TargetError, TargetErrorKind,
};
pub use url::HttpUrl;
pub use verdict::{documented_host, Reason, Severity, Verdict};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
