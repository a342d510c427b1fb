//! What a Rust user would write instead of this crate, each done as well as
//! its approach allows, so the benches compare like with like. Every one
//! answers "which Twilio host is this, or none"; `agree` proves they give
//! the crate's answer on every bench input before anything is timed.

pub mod floor;
pub mod naive;
pub mod regex_based;
pub mod url_based;

use twilio_fqdn::{Hostname, Product};

/// Hostname from the labels in front of `.twilio.com` (already lowercase
/// or not; the lookups fold case), as the url- and regex-based parsers find
/// them: the same label rules as the crate, by string matching.
pub fn from_front_labels<'a>(mut labels: impl Iterator<Item = &'a str>) -> Option<Hostname> {
    let first = labels.next()?;
    let mut next = labels.next();
    let product = match next {
        Some(second)
            if first.eq_ignore_ascii_case("preview")
                && second.eq_ignore_ascii_case("messaging") =>
        {
            next = labels.next();
            Product::PreviewMessaging
        }
        _ => naive::product(first)?,
    };
    match (next, labels.next(), labels.next()) {
        (None, ..) => Some(Hostname::legacy(product)),
        (Some(one), None, _) => match naive::region(one) {
            Some(region) => Some(Hostname::region_only(product, region)),
            None => Some(Hostname::edge_only(product, naive::edge(one)?)),
        },
        (Some(edge), Some(region), None) => Some(Hostname::regional(
            product,
            naive::edge(edge)?,
            naive::region(region)?,
        )),
        _ => None,
    }
}
