//! Data residency for a gateway: which processing regions requests may go
//! to, checked per request with one call, [`check`].

use crate::availability::{missing_edge, path_onward, usable_region, Availability, Level};
use crate::credential::Credential;
use crate::error::{ErrorKind, ParseError, PathError, RegionError};
use crate::host::Hostname;
use crate::labels::{Edge, Product, Region};
use crate::url::{has_http_scheme, HttpUrl};
use crate::verdict::{documented_host, Verdict};

/// A set of region codes: the allow-list of a [`Policy`].
///
/// Only processing regions (`us1`, `ie1`, `au1`) can ever match, because a
/// host's effective processing region is always one of them;
/// [`from_str`](core::str::FromStr::from_str) refuses the other codes.
///
/// ```
/// use twilio_fqdn::{Region, RegionSet};
///
/// const EU: RegionSet = RegionSet::EMPTY.with(Region::Ie1);
/// assert!(EU.contains(Region::Ie1) && !EU.contains(Region::Us1));
///
/// let set: RegionSet = "ie1, au1".parse()?;
/// assert_eq!(set, RegionSet::of(&[Region::Au1, Region::Ie1]));
/// assert_eq!(set.to_string(), "ie1,au1");
/// assert!("us1,de1".parse::<RegionSet>().is_err());
/// # Ok::<(), twilio_fqdn::RegionError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct RegionSet(u16);

const _: () = assert!(Region::ALL.len() <= 16, "RegionSet is a u16");

impl RegionSet {
    /// No region.
    pub const EMPTY: RegionSet = RegionSet(0);

    /// Every processing region: us1, ie1, au1.
    pub const PROCESSING: RegionSet = RegionSet::of(&Region::PROCESSING);

    /// The set of `regions`.
    #[must_use]
    pub const fn of(regions: &[Region]) -> RegionSet {
        let mut set = RegionSet::EMPTY;
        let mut i = 0;
        while i < regions.len() {
            set = set.with(regions[i]);
            i += 1;
        }
        set
    }

    /// This set and `region`.
    #[must_use]
    pub const fn with(self, region: Region) -> RegionSet {
        RegionSet(self.0 | 1 << region as u8)
    }

    /// True when `region` is in the set.
    #[must_use]
    pub const fn contains(self, region: Region) -> bool {
        self.0 & (1 << region as u8) != 0
    }

    /// True when the set is empty.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The regions of the set, in table order (us1, ie1, au1, ...).
    pub fn iter(self) -> impl Iterator<Item = Region> {
        Region::ALL
            .iter()
            .copied()
            .filter(move |&r| self.contains(r))
    }

    /// The first region of the set (us1, ie1, au1 order) where `level`
    /// says the endpoint is available.
    fn first_available(self, level: impl Fn(Region) -> Level) -> Option<Region> {
        Region::PROCESSING
            .into_iter()
            .find(|&r| self.contains(r) && level(r).is_available())
    }
}

impl core::str::FromStr for RegionSet {
    type Err = RegionError;

    /// A comma-separated list of processing regions (`us1,ie1`), any case,
    /// spaces around items allowed.
    fn from_str(s: &str) -> Result<Self, RegionError> {
        let mut set = RegionSet::EMPTY;
        for item in s.split(',') {
            set = set.with(processing_region(item.trim())?);
        }
        Ok(set)
    }
}

/// Parses one processing region code (`us1`, `ie1`, `au1`, any case): the
/// door for a `--credential-region` flag.
///
/// ```
/// use twilio_fqdn::{processing_region, Region, RegionError};
///
/// assert_eq!(processing_region("IE1"), Ok(Region::Ie1));
/// assert_eq!(processing_region("de1"), Err(RegionError::NotProcessing(Region::De1)));
/// assert_eq!(processing_region("eu1"), Err(RegionError::Unknown));
/// ```
pub fn processing_region(code: &str) -> Result<Region, RegionError> {
    if code.is_empty() {
        return Err(RegionError::Empty);
    }
    match Region::from_bytes(code.as_bytes()) {
        Some(region) if region.is_processing() => Ok(region),
        Some(region) => Err(RegionError::NotProcessing(region)),
        None => Err(RegionError::Unknown),
    }
}

/// What a [`Policy`] does with a host that is not under `twilio.com` (or
/// is an IP literal): the caller chooses; denying is the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum NonTwilio {
    /// Deny: the gateway only lets through what it can prove resident.
    #[default]
    Deny,
    /// Allow: the policy is only about Twilio traffic.
    Allow,
}

/// A residency policy: the allowed processing regions, what to do with
/// non-Twilio hosts, and optionally the credential requests carry.
///
/// ```
/// use twilio_fqdn::{check, Policy, Region, RegionSet};
///
/// const EU_ONLY: Policy = Policy::new(RegionSet::EMPTY.with(Region::Ie1));
///
/// assert!(check("https://api.dublin.ie1.twilio.com/2010-04-01/Accounts", &EU_ONLY).is_allowed());
/// let denied = check("https://api.ie1.twilio.com/2010-04-01/Accounts", &EU_ONLY);
/// assert_eq!(
///     denied.to_string(),
///     "deny: the host does not work: region-only host for ie1 was retired on 2026-04-28 \
///      (it processed in us1 whatever the code); use api.dublin.ie1.twilio.com"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Policy {
    allow: RegionSet,
    non_twilio: NonTwilio,
    credential: Option<Credential>,
}

impl Policy {
    /// Allows the processing regions in `allow`; denies non-Twilio hosts;
    /// no credential check.
    #[must_use]
    pub const fn new(allow: RegionSet) -> Policy {
        Policy {
            allow,
            non_twilio: NonTwilio::Deny,
            credential: None,
        }
    }

    /// The same policy with `non_twilio` for hosts outside Twilio.
    #[must_use]
    pub const fn non_twilio(self, non_twilio: NonTwilio) -> Policy {
        Policy { non_twilio, ..self }
    }

    /// The same policy, also checking that `credential` belongs to the
    /// region that processes each request.
    #[must_use]
    pub const fn credential(self, credential: Credential) -> Policy {
        Policy {
            credential: Some(credential),
            ..self
        }
    }

    /// The allowed regions.
    #[must_use]
    pub const fn allowed(&self) -> RegionSet {
        self.allow
    }

    /// What the policy does with non-Twilio hosts.
    #[must_use]
    pub const fn non_twilio_hosts(&self) -> NonTwilio {
        self.non_twilio
    }

    /// The credential checked, if any.
    #[must_use]
    pub const fn credential_checked(&self) -> Option<Credential> {
        self.credential
    }

    /// [`check`] as a method.
    #[must_use]
    pub fn check(&self, input: &str) -> Decision {
        check(input, self)
    }

    /// The decision for a request to `host` for `path` (query and fragment
    /// ignored); steps 3–7 of [`check`].
    #[must_use]
    pub fn check_endpoint(&self, host: Hostname, path: &str) -> Decision {
        match Availability::lookup(host.product(), path) {
            Ok(availability) => self.decide(host, Endpoint::Path(availability)),
            Err(e) => Decision::Deny(Denied::BadPath(e)),
        }
    }

    /// The decision for `host` with no path: as [`check_endpoint`], where
    /// availability asks whether the product offers *any* endpoint in the
    /// host's region ([`Availability::best_level`]).
    ///
    /// [`check_endpoint`]: Self::check_endpoint
    #[must_use]
    pub fn check_host(&self, host: Hostname) -> Decision {
        self.decide(host, Endpoint::Host)
    }

    fn non_twilio_decision(&self, error: ParseError) -> Decision {
        match (error.kind(), self.non_twilio) {
            (ErrorKind::NotTwilio | ErrorKind::IpLiteral, NonTwilio::Allow) => {
                Decision::Allow(Allowed::NonTwilio)
            }
            (ErrorKind::NotTwilio | ErrorKind::IpLiteral, NonTwilio::Deny) => {
                Decision::Deny(Denied::NonTwilio)
            }
            _ => Decision::Deny(Denied::Unparsable(error)),
        }
    }

    /// Steps 3–7 of [`check`].
    fn decide(&self, host: Hostname, endpoint: Endpoint) -> Decision {
        let verdict = host.verdict();
        let Some(region) = usable_region(&verdict) else {
            return Decision::Deny(if verdict.is_fail() {
                Denied::HostFails(verdict)
            } else {
                Denied::NoProcessingRegion(verdict)
            });
        };
        let product = host.product();
        let level = |r| endpoint.level(product, r);
        // Where to go instead: the first allowed region that offers the
        // endpoint (a credential of another region is the next check's
        // business there).
        let instead = || {
            self.allow
                .first_available(level)
                .map(|r| documented_host(product, r))
        };
        if !self.allow.contains(region) {
            return Decision::Deny(Denied::RegionNotAllowed {
                region,
                instead: instead(),
            });
        }
        if !level(region).is_available() {
            let mut offered_in = RegionSet::EMPTY;
            for r in Region::PROCESSING {
                if level(r).is_available() {
                    offered_in = offered_in.with(r);
                }
            }
            return Decision::Deny(Denied::NotAvailable {
                product,
                region,
                instead: instead(),
                offered_in,
            });
        }
        let level = level(region);
        if let Some(edge) = missing_edge(&verdict, region) {
            return Decision::Deny(Denied::EdgeRequired {
                region,
                edge,
                instead: documented_host(product, region),
            });
        }
        if let Some(credential) = self.credential {
            if let Err(mismatch) = credential.check(region) {
                return Decision::Deny(Denied::CredentialRegion {
                    credential: mismatch.credential,
                    needed: mismatch.needed,
                });
            }
        }
        Decision::Allow(match endpoint {
            Endpoint::Path(_) => Allowed::Endpoint { region, level },
            Endpoint::Host => Allowed::Host { region },
        })
    }
}

/// What availability is asked about: one path, or the product as a whole.
#[derive(Clone, Copy)]
enum Endpoint {
    Path(Availability),
    Host,
}

impl Endpoint {
    fn level(&self, product: Product, region: Region) -> Level {
        match self {
            Endpoint::Path(availability) => availability.level(region),
            Endpoint::Host => Availability::best_level(product, region),
        }
    }
}

/// The one call for a gateway: may this request go out under `policy`?
///
/// `input` is an `http`/`https` URL or a bare hostname. Checked in this
/// order; the first failing step decides:
///
/// 1. **Host**: the URL's host (found as a WHATWG parser finds it) or the
///    bare host must parse as a Twilio REST host. A host outside
///    `twilio.com` or an IP literal is decided by [`NonTwilio`]; any other
///    error denies ([`Denied::Unparsable`]).
/// 2. **Path** (URLs only): in normal form ([`Denied::BadPath`]).
/// 3. **Verdict**: a host that fails, or that no known region processes,
///    is denied ([`Denied::HostFails`], [`Denied::NoProcessingRegion`]).
/// 4. **Residency**: the host's effective processing region (legacy hosts:
///    us1) must be allowed ([`Denied::RegionNotAllowed`]).
/// 5. **Availability**: the endpoint must be offered in that region
///    ([`Denied::NotAvailable`]); a bare host asks whether the product offers
///    any endpoint there.
/// 6. **Edge**: in `ie1` and `au1` the host must use the region's documented
///    edge ([`Denied::EdgeRequired`]).
/// 7. **Credential**, when the policy has one: it must belong to that
///    region ([`Denied::CredentialRegion`]).
///
/// No allocation and no formatting; `Display` of the decision is for
/// people, and only when asked.
///
/// ```
/// use twilio_fqdn::{check, Credential, Policy, Region, RegionSet};
///
/// let key = Credential::new(None, Region::Ie1)?;
/// let policy = Policy::new(RegionSet::EMPTY.with(Region::Ie1)).credential(key);
///
/// let sms = "https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json";
/// assert_eq!(check(sms, &policy).to_string(), "allow: processed in ie1 (ga)");
///
/// let push = check("https://notify.twilio.com/v1/Credentials", &policy);
/// assert_eq!(
///     push.to_string(),
///     "deny: processed in us1, which the policy does not allow; no allowed region offers this endpoint"
/// );
/// # Ok::<(), twilio_fqdn::RegionError>(())
/// ```
#[must_use]
pub fn check(input: &str, policy: &Policy) -> Decision {
    if !has_http_scheme(input.as_bytes()) {
        return match Hostname::parse(input) {
            Ok(host) => policy.check_host(host),
            Err(e) => policy.non_twilio_decision(e),
        };
    }
    let url = match HttpUrl::parse(input) {
        Ok(url) => url,
        Err(e) => return policy.non_twilio_decision(e),
    };
    let host = match Hostname::parse(url.host()) {
        Ok(host) => host,
        Err(e) => return policy.non_twilio_decision(e.offset(url.host_range().start)),
    };
    let (path, at) = path_onward(&url);
    match Availability::lookup(host.product(), path) {
        Ok(availability) => policy.decide(host, Endpoint::Path(availability)),
        Err(e) => Decision::Deny(Denied::BadPath(e.offset(at))),
    }
}

/// [`check`] for input that may not be UTF-8 (a log line): such input is
/// denied with the first byte that is not, as [`Denied::Unparsable`].
///
/// ```
/// use twilio_fqdn::{check_bytes, Policy, RegionSet};
///
/// let policy = Policy::new(RegionSet::PROCESSING);
/// assert!(check_bytes(b"https://api.twilio.com/v1", &policy).is_allowed());
/// assert_eq!(
///     check_bytes(b"https://api.twilio.com/\xff", &policy).to_string(),
///     "deny: not a Twilio REST URL or host: invalid byte 0xff at byte 23"
/// );
/// ```
#[must_use]
pub fn check_bytes(input: &[u8], policy: &Policy) -> Decision {
    match core::str::from_utf8(input) {
        Ok(input) => check(input, policy),
        // Bytes that are not UTF-8 are never part of a Twilio host, so this
        // is the error at the first of them.
        Err(_) => match Hostname::parse_host_or_url_bytes(input) {
            Ok(host) => policy.check_host(host),
            Err(e) => policy.non_twilio_decision(e),
        },
    }
}

/// Allow or deny, with the reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    /// The request may go out.
    Allow(Allowed),
    /// The request must not go out.
    Deny(Denied),
}

impl Decision {
    /// True for [`Decision::Allow`].
    #[must_use]
    pub const fn is_allowed(&self) -> bool {
        matches!(self, Decision::Allow(_))
    }

    /// `allow` or `deny`.
    #[must_use]
    pub const fn as_str(&self) -> &'static str {
        match self {
            Decision::Allow(_) => "allow",
            Decision::Deny(_) => "deny",
        }
    }
}

/// Why a request is allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Allowed {
    /// The endpoint is offered in an allowed region, at this level.
    Endpoint {
        /// The region that processes the request.
        region: Region,
        /// `ga` or `beta`.
        level: Level,
    },
    /// A bare host processed in an allowed region whose product offers
    /// endpoints there.
    Host {
        /// The region that processes requests to the host.
        region: Region,
    },
    /// Not a Twilio host, and the policy allows those.
    NonTwilio,
}

/// Why a request is denied. Its `Display` says what to do about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Denied {
    /// Not an `http`/`https` URL or a Twilio REST host (unknown product,
    /// bad syntax...).
    Unparsable(ParseError),
    /// Not a Twilio host, and the policy denies those.
    NonTwilio,
    /// The path is not in normal form.
    BadPath(PathError),
    /// The host's verdict is fail.
    HostFails(Verdict),
    /// No documented region processes the host (`jp1`).
    NoProcessingRegion(Verdict),
    /// The host is processed in a region the policy does not allow.
    RegionNotAllowed {
        /// The region that processes the host.
        region: Region,
        /// The documented host in an allowed region that offers the
        /// endpoint, if any.
        instead: Option<Hostname>,
    },
    /// The endpoint is not offered in the host's region.
    NotAvailable {
        /// The product asked for.
        product: Product,
        /// The region that processes the host.
        region: Region,
        /// The documented host in an allowed region that offers it, if any.
        instead: Option<Hostname>,
        /// The processing regions that offer it, allowed or not.
        offered_in: RegionSet,
    },
    /// The region needs its documented edge, which the host does not use.
    EdgeRequired {
        /// The region that processes the host.
        region: Region,
        /// The edge the region requires.
        edge: Edge,
        /// The documented host.
        instead: Hostname,
    },
    /// The credential belongs to another region than the host's.
    CredentialRegion {
        /// The region the credential belongs to.
        credential: Region,
        /// The region that processes the host: its credential is needed.
        needed: Region,
    },
}
