//! `serde` support (feature `serde`): every value serializes as the string
//! the crate writes for it, and values with a canonical string deserialize
//! from it, without allocating.
//!
//! - Round-trip: labels ([`Product`], [`Edge`], [`Region`]: `"flex-api"`),
//!   [`Hostname`] (`"api.dublin.ie1.twilio.com"`, any case and one trailing
//!   dot accepted back), [`Severity`], [`Form`], [`Level`], [`Sid`], and
//!   [`RegionSet`] as a sequence of processing regions (`["us1","ie1"]`).
//! - Serialize only, as their `Display` sentence: [`Verdict`], [`Reason`],
//!   [`Decision`], [`Allowed`], [`Denied`], [`ParseError`], and the rewrite's
//!   [`Refusal`], [`RewriteError`], [`TargetError`]. A sentence
//!   loses nothing a reader needs, but it is not an input format.

use core::fmt::{self, Display, Write};
use core::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeSeq, Serializer};

use crate::{
    processing_region, Allowed, Decision, Denied, Edge, Form, Hostname, Level, ParseError, Product,
    Reason, Refusal, Region, RegionSet, RewriteError, Severity, Sid, TargetError, Verdict,
    MAX_HOST_LEN,
};

/// A type read from one string; `expecting` completes "expected ...".
trait FromCanonical: Sized {
    const EXPECTING: &'static str;
    fn from_canonical(s: &str) -> Option<Self>;
}

/// Deserializes a [`FromCanonical`] type from a string.
struct CanonicalVisitor<T>(PhantomData<T>);

impl<T: FromCanonical> Visitor<'_> for CanonicalVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
        T::from_canonical(s).ok_or_else(|| E::invalid_value(de::Unexpected::Str(s), &self))
    }

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<T, E> {
        let s = core::str::from_utf8(bytes)
            .map_err(|_| E::invalid_value(de::Unexpected::Bytes(bytes), &self))?;
        self.visit_str(s)
    }
}

/// `value`'s `Display` output equals `s`, compared piece by piece as it is
/// written (no buffer).
fn displays_as(value: &impl Display, s: &str) -> bool {
    struct Rest<'a>(&'a str);
    impl Write for Rest<'_> {
        fn write_str(&mut self, piece: &str) -> fmt::Result {
            self.0 = self.0.strip_prefix(piece).ok_or(fmt::Error)?;
            Ok(())
        }
    }
    let mut rest = Rest(s);
    write!(rest, "{value}").is_ok() && rest.0.is_empty()
}

/// Serialize as `Display`, deserialize through [`FromCanonical`].
macro_rules! canonical_string {
    ($($ty:ty),+) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str(CanonicalVisitor(PhantomData))
            }
        }
    )+};
}

/// Serialize as the `Display` sentence; no deserialization.
macro_rules! sentence {
    ($($ty:ty),+) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }
    )+};
}

macro_rules! labels {
    ($($ty:ty: $expecting:literal),+) => {$(
        impl FromCanonical for $ty {
            const EXPECTING: &'static str = $expecting;
            fn from_canonical(s: &str) -> Option<Self> {
                <$ty>::from_bytes(s.as_bytes())
            }
        }
    )+};
}

labels! {
    Product: "a Twilio product label such as \"api\"",
    Edge: "a Twilio edge label such as \"dublin\"",
    Region: "a Twilio region code such as \"ie1\""
}

impl FromCanonical for Hostname {
    const EXPECTING: &'static str = "a Twilio REST hostname such as \"api.dublin.ie1.twilio.com\"";
    fn from_canonical(s: &str) -> Option<Self> {
        Hostname::parse(s).ok()
    }
}

impl FromCanonical for Level {
    const EXPECTING: &'static str = "\"ga\", \"beta\" or \"no\"";
    fn from_canonical(s: &str) -> Option<Self> {
        Level::from_bytes(s.as_bytes())
    }
}

impl FromCanonical for Severity {
    const EXPECTING: &'static str = "\"ok\", \"warn\" or \"fail\"";
    fn from_canonical(s: &str) -> Option<Self> {
        [Severity::Ok, Severity::Warn, Severity::Fail]
            .into_iter()
            .find(|severity| severity.as_str() == s)
    }
}

impl FromCanonical for Form {
    const EXPECTING: &'static str =
        "\"legacy\", \"region-only\", \"edge without region\" or \"regional\"";
    fn from_canonical(s: &str) -> Option<Self> {
        [
            Form::Legacy,
            Form::RegionOnly,
            Form::EdgeOnly,
            Form::Regional,
        ]
        .into_iter()
        .find(|form| displays_as(form, s))
    }
}

impl FromCanonical for Sid {
    const EXPECTING: &'static str = "an API key or Account SID (SK or AC and 32 hex digits)";
    fn from_canonical(s: &str) -> Option<Self> {
        Sid::parse(s).ok()
    }
}

canonical_string!(Product, Edge, Region, Level, Severity, Form, Sid);

// Labels and hosts skip `collect_str`: their text is at hand without `fmt`.
impl Serialize for Hostname {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; MAX_HOST_LEN];
        match self.encode_into(&mut buf) {
            Ok(host) => serializer.serialize_str(host),
            Err(_) => serializer.collect_str(self),
        }
    }
}

impl<'de> Deserialize<'de> for Hostname {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(CanonicalVisitor(PhantomData))
    }
}

sentence!(
    Verdict,
    Reason,
    Decision,
    Allowed,
    Denied,
    ParseError,
    Refusal,
    RewriteError,
    TargetError
);

impl Serialize for RegionSet {
    /// A sequence of region codes in table order (`["us1","ie1"]`).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.iter().count()))?;
        for region in self.iter() {
            seq.serialize_element(&region)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for RegionSet {
    /// A sequence of processing region codes, any case; other codes are
    /// refused, as `RegionSet`'s `FromStr` refuses them.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SetVisitor;
        impl<'de> Visitor<'de> for SetVisitor {
            type Value = RegionSet;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a sequence of processing regions (\"us1\", \"ie1\", \"au1\")")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RegionSet, A::Error> {
                let mut set = RegionSet::EMPTY;
                while let Some(region) = seq.next_element::<Region>()? {
                    let region = processing_region(region.as_str()).map_err(de::Error::custom)?;
                    set = set.with(region);
                }
                Ok(set)
            }
        }
        deserializer.deserialize_seq(SetVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::format;
    use std::string::{String, ToString};
    use std::vec::Vec;

    fn json<T: Serialize>(value: &T) -> String {
        serde_json::to_string(value).unwrap()
    }

    fn back<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, serde_json::Error> {
        serde_json::from_str(text)
    }

    #[test]
    fn every_label_round_trips_as_its_string() {
        for &p in Product::ALL {
            assert_eq!(json(&p), format!("\"{}\"", p.as_str()));
            assert_eq!(back::<Product>(&json(&p)).unwrap(), p);
        }
        for &e in Edge::ALL {
            assert_eq!(json(&e), format!("\"{}\"", e.as_str()));
            assert_eq!(back::<Edge>(&json(&e)).unwrap(), e);
        }
        for &r in Region::ALL {
            assert_eq!(json(&r), format!("\"{}\"", r.as_str()));
            assert_eq!(back::<Region>(&json(&r)).unwrap(), r);
        }
        assert_eq!(back::<Product>("\"FLEX-API\"").unwrap(), Product::FlexApi);
        let err = back::<Region>("\"eu9\"").unwrap_err().to_string();
        assert!(err.contains("expected a Twilio region code"), "{err}");
    }

    #[test]
    fn every_host_round_trips_as_its_canonical_string() {
        for &p in Product::ALL {
            for e in core::iter::once(None).chain(Edge::ALL.iter().copied().map(Some)) {
                for r in core::iter::once(None).chain(Region::ALL.iter().copied().map(Some)) {
                    let host = Hostname::new(p, e, r);
                    let text = json(&host);
                    assert_eq!(text, format!("\"{host}\""));
                    assert_eq!(back::<Hostname>(&text).unwrap(), host, "{text}");
                    assert_eq!(json(&host.form()), format!("\"{}\"", host.form()));
                    assert_eq!(back::<Form>(&json(&host.form())).unwrap(), host.form());
                    let verdict = host.verdict();
                    assert_eq!(json(&verdict), format!("\"{verdict}\""));
                    assert_eq!(
                        back::<Severity>(&json(&verdict.severity())).unwrap(),
                        verdict.severity()
                    );
                }
            }
        }
        assert_eq!(
            back::<Hostname>("\"API.Dublin.ie1.twilio.com.\"").unwrap(),
            Hostname::regional(Product::Api, Edge::Dublin, Region::Ie1)
        );
        let err = back::<Hostname>("\"api.example.com\"")
            .unwrap_err()
            .to_string();
        assert!(err.contains("expected a Twilio REST hostname"), "{err}");
        assert!(back::<Form>("\"regionalish\"").is_err());
        assert!(back::<Severity>("\"OK\"").is_err(), "severity is exact");
    }

    #[test]
    fn levels_sids_and_region_sets_round_trip() {
        for level in [Level::No, Level::Beta, Level::Ga] {
            assert_eq!(json(&level), format!("\"{}\"", level.as_str()));
            assert_eq!(back::<Level>(&json(&level)).unwrap(), level);
        }
        let sid: Sid = "SK0123456789ABCDEF0123456789abcdef".parse().unwrap();
        assert_eq!(json(&sid), "\"SK0123456789abcdef0123456789abcdef\"");
        assert_eq!(back::<Sid>(&json(&sid)).unwrap(), sid);
        assert!(back::<Sid>("\"SK123\"").is_err());

        for set in [
            RegionSet::EMPTY,
            RegionSet::PROCESSING,
            RegionSet::EMPTY.with(Region::Ie1),
            RegionSet::of(&[Region::Au1, Region::Us1]),
        ] {
            let text = json(&set);
            let expected: Vec<String> = set.iter().map(|r| format!("\"{r}\"")).collect();
            assert_eq!(text, format!("[{}]", expected.join(",")));
            assert_eq!(back::<RegionSet>(&text).unwrap(), set);
        }
        assert_eq!(
            back::<RegionSet>("[\"IE1\"]").unwrap(),
            RegionSet::EMPTY.with(Region::Ie1)
        );
        let err = back::<RegionSet>("[\"de1\"]").unwrap_err().to_string();
        assert!(err.contains("not a processing region"), "{err}");
    }

    #[test]
    fn decisions_and_errors_serialize_as_their_sentences() {
        let policy = crate::Policy::new(RegionSet::EMPTY.with(Region::Ie1));
        for input in [
            "https://api.dublin.ie1.twilio.com/2010-04-01/Accounts",
            "https://api.ie1.twilio.com/2010-04-01/Accounts",
            "https://notify.twilio.com/v1/Credentials",
            "https://example.com/",
        ] {
            let decision = crate::check(input, &policy);
            assert_eq!(json(&decision), format!("\"{decision}\""), "{input}");
            match decision {
                Decision::Allow(allowed) => assert_eq!(json(&allowed), format!("\"{allowed}\"")),
                Decision::Deny(denied) => assert_eq!(json(&denied), format!("\"{denied}\"")),
            }
        }
        let error = Hostname::parse("api..twilio.com").unwrap_err();
        assert_eq!(json(&error), "\"empty label at byte 4\"");
        let reason = Hostname::parse("api.ie1.twilio.com")
            .unwrap()
            .verdict()
            .reason();
        assert_eq!(json(&reason), format!("\"{reason}\""));
    }
}
