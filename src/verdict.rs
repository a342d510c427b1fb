//! Whether a parsed host works: the region that really processes it, ok /
//! warn / fail with a reason, and the host to use instead (RULES.md §2, §6).

use crate::host::Hostname;
use crate::labels::{Edge, Product, Region, RegionOnlyHost, RegionStatus};

/// How bad a host is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The host works as documented.
    Ok,
    /// The host may work, but not as documented.
    Warn,
    /// The host does not work (TLS failure, NXDOMAIN, retired).
    Fail,
}

impl Severity {
    /// `ok`, `warn` or `fail`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Ok => "ok",
            Severity::Warn => "warn",
            Severity::Fail => "fail",
        }
    }
}

/// Why a host gets its verdict. The reason decides the [`Severity`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// `{product}.twilio.com`: us1 through edge ashburn.
    Legacy,
    /// `{product}.us1.twilio.com`.
    Us1,
    /// `{product}.{edge}.us1.twilio.com`: processed in us1; the edge only
    /// picks where requests enter.
    Us1ThroughEdge(Edge),
    /// A processing region through an edge documented for it
    /// (`dublin`+`ie1`, `sydney`+`au1`, and their interconnect edges).
    DocumentedPair(Edge, Region),
    /// A processing region through an edge not documented for it.
    UndocumentedEdge(Edge, Region),
    /// A region code the docs disagree on (`jp1`).
    DisputedRegion(Region),
    /// The product no longer serves.
    RetiredProduct(Product),
    /// An edge that is not a REST edge (`roaming`): TLS name mismatch.
    NotRestEdge(Edge),
    /// A code that was never a region (`gll`, the legacy id of `roaming`):
    /// the host does not resolve.
    NeverARegion(Region),
    /// An edge with no region: the host does not exist.
    EdgeWithoutRegion(Edge),
    /// `{product}.{code}.twilio.com` for a code other than us1: it always
    /// processed in us1 and was retired on 2026-04-28.
    RetiredRegionOnly(Region),
    /// An edge with a code that processes nothing of its own (`us2`, `de1`,
    /// `br1`, `sg1`: legacy ids of edges).
    NotProcessingRegion(Edge, Region),
}

impl Reason {
    /// The severity this reason carries.
    #[must_use]
    pub const fn severity(self) -> Severity {
        match self {
            Reason::Legacy
            | Reason::Us1
            | Reason::Us1ThroughEdge(_)
            | Reason::DocumentedPair(..) => Severity::Ok,
            Reason::UndocumentedEdge(..) | Reason::DisputedRegion(_) => Severity::Warn,
            Reason::RetiredProduct(_)
            | Reason::NotRestEdge(_)
            | Reason::NeverARegion(_)
            | Reason::EdgeWithoutRegion(_)
            | Reason::RetiredRegionOnly(_)
            | Reason::NotProcessingRegion(..) => Severity::Fail,
        }
    }
}

/// The classification of a host: severity, reason, the region that
/// processes it and, when it is not ok, the host to use instead.
///
/// ```
/// use twilio_fqdn::{Hostname, Reason, Region, Severity};
///
/// let verdict = Hostname::parse("api.ie1.twilio.com")?.verdict();
/// assert_eq!(verdict.severity(), Severity::Fail);
/// assert_eq!(verdict.reason(), Reason::RetiredRegionOnly(Region::Ie1));
/// assert_eq!(verdict.fix().unwrap().to_heapless(), "api.dublin.ie1.twilio.com");
/// # Ok::<(), twilio_fqdn::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Verdict {
    reason: Reason,
    processed_in: Option<Region>,
    fix: Option<Hostname>,
}

impl Verdict {
    /// Ok, warn or fail.
    #[must_use]
    pub const fn severity(&self) -> Severity {
        self.reason.severity()
    }

    /// Why.
    #[must_use]
    pub const fn reason(&self) -> Reason {
        self.reason
    }

    /// The region that processes requests to the host; `None` when no
    /// region does or the docs do not say. A retired region-only host says
    /// `us1`: it processed there whatever its code, until it stopped.
    #[must_use]
    pub const fn processed_in(&self) -> Option<Region> {
        self.processed_in
    }

    /// The host to use instead; `None` when the host is ok or nothing
    /// replaces it (a retired product). A fix's own verdict is always ok.
    #[must_use]
    pub const fn fix(&self) -> Option<Hostname> {
        self.fix
    }

    /// True when the severity is [`Severity::Ok`].
    #[must_use]
    pub const fn is_ok(&self) -> bool {
        matches!(self.severity(), Severity::Ok)
    }

    /// True when the severity is [`Severity::Fail`].
    #[must_use]
    pub const fn is_fail(&self) -> bool {
        matches!(self.severity(), Severity::Fail)
    }
}

const fn verdict(reason: Reason, processed_in: Option<Region>, fix: Option<Hostname>) -> Verdict {
    Verdict {
        reason,
        processed_in,
        fix,
    }
}

/// The documented host of `product` in `region`: the region's documented
/// edge (`dublin` for ie1, `sydney` for au1), the legacy host for us1 and
/// for every code that only ever processed in us1 (RULES.md §6).
pub const fn documented_host(product: Product, region: Region) -> Hostname {
    match (region.is_processing(), region.documented_edge()) {
        (true, Some(edge)) => Hostname::regional(product, edge, region),
        _ => Hostname::legacy(product),
    }
}

/// The verdict of RULES.md §2, checked in this order: retired product,
/// `gll` (RULES.md's own example of it is `conversations.roaming.gll`),
/// `roaming`, edge without region, region-only, regional.
pub(crate) const fn classify(host: Hostname) -> Verdict {
    let product = host.product();
    if product.is_retired() {
        return verdict(Reason::RetiredProduct(product), None, None);
    }
    let us1 = Some(Region::Us1);
    match (host.edge(), host.region()) {
        (None, None) => verdict(Reason::Legacy, us1, None),
        (edge, Some(region)) if matches!(region.region_only_host(), RegionOnlyHost::Never) => {
            let fix = match edge {
                Some(edge) if edge.is_rest_edge() => Hostname::regional(product, edge, Region::Us1),
                _ => Hostname::legacy(product),
            };
            verdict(Reason::NeverARegion(region), None, Some(fix))
        }
        (Some(edge), region) if !edge.is_rest_edge() => {
            let fix = match region {
                Some(region) => documented_host(product, region),
                None => Hostname::legacy(product),
            };
            verdict(Reason::NotRestEdge(edge), None, Some(fix))
        }
        (Some(edge), None) => {
            let fix = Hostname::regional(product, edge, Region::Us1);
            verdict(Reason::EdgeWithoutRegion(edge), None, Some(fix))
        }
        (None, Some(Region::Us1)) => verdict(Reason::Us1, us1, None),
        (None, Some(region)) => {
            let fix = documented_host(product, region);
            verdict(Reason::RetiredRegionOnly(region), us1, Some(fix))
        }
        (Some(edge), Some(Region::Us1)) => verdict(Reason::Us1ThroughEdge(edge), us1, None),
        (Some(edge), Some(region)) if !region.is_processing() => {
            let fix = Some(Hostname::regional(product, edge, Region::Us1));
            if matches!(region.status(), RegionStatus::Conflicting) {
                verdict(Reason::DisputedRegion(region), None, fix)
            } else {
                verdict(Reason::NotProcessingRegion(edge, region), None, fix)
            }
        }
        (Some(edge), Some(region)) => {
            let documented = matches!(edge.rest_region(), Some(r) if r as u8 == region as u8);
            if documented {
                verdict(Reason::DocumentedPair(edge, region), Some(region), None)
            } else {
                let fix = documented_host(product, region);
                verdict(
                    Reason::UndocumentedEdge(edge, region),
                    Some(region),
                    Some(fix),
                )
            }
        }
    }
}
