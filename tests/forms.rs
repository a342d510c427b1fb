//! RULES.md §2, the forms table, row by row: parse, processing region,
//! verdict and the fix of RULES.md §6.

use twilio_fqdn::{Edge, Form, Hostname, Product, Reason, Region, Severity};

/// (host, form, severity, reason, processed in, fix)
type Row = (
    &'static str,
    Form,
    Severity,
    Reason,
    Option<Region>,
    Option<&'static str>,
);

#[rustfmt::skip]
const ROWS: &[Row] = &[
    ("video.twilio.com", Form::Legacy, Severity::Ok, Reason::Legacy, Some(Region::Us1), None),
    ("api.us1.twilio.com", Form::RegionOnly, Severity::Ok, Reason::Us1, Some(Region::Us1), None),
    ("api.ie1.twilio.com", Form::RegionOnly, Severity::Fail, Reason::RetiredRegionOnly(Region::Ie1), Some(Region::Us1), Some("api.dublin.ie1.twilio.com")),
    ("api.au1.twilio.com", Form::RegionOnly, Severity::Fail, Reason::RetiredRegionOnly(Region::Au1), Some(Region::Us1), Some("api.sydney.au1.twilio.com")),
    ("api.br1.twilio.com", Form::RegionOnly, Severity::Fail, Reason::RetiredRegionOnly(Region::Br1), Some(Region::Us1), Some("api.twilio.com")),
    ("api.de1.twilio.com", Form::RegionOnly, Severity::Fail, Reason::RetiredRegionOnly(Region::De1), Some(Region::Us1), Some("api.twilio.com")),
    ("api.jp1.twilio.com", Form::RegionOnly, Severity::Fail, Reason::RetiredRegionOnly(Region::Jp1), Some(Region::Us1), Some("api.twilio.com")),
    ("api.sg1.twilio.com", Form::RegionOnly, Severity::Fail, Reason::RetiredRegionOnly(Region::Sg1), Some(Region::Us1), Some("api.twilio.com")),
    ("api.us2.twilio.com", Form::RegionOnly, Severity::Fail, Reason::RetiredRegionOnly(Region::Us2), Some(Region::Us1), Some("api.twilio.com")),
    ("voice.frankfurt.us1.twilio.com", Form::Regional, Severity::Ok, Reason::Us1ThroughEdge(Edge::Frankfurt), Some(Region::Us1), None),
    ("api.dublin.ie1.twilio.com", Form::Regional, Severity::Ok, Reason::DocumentedPair(Edge::Dublin, Region::Ie1), Some(Region::Ie1), None),
    ("api.sydney.au1.twilio.com", Form::Regional, Severity::Ok, Reason::DocumentedPair(Edge::Sydney, Region::Au1), Some(Region::Au1), None),
    ("api.frankfurt.ie1.twilio.com", Form::Regional, Severity::Warn, Reason::UndocumentedEdge(Edge::Frankfurt, Region::Ie1), Some(Region::Ie1), Some("api.dublin.ie1.twilio.com")),
    ("api.tokyo.au1.twilio.com", Form::Regional, Severity::Warn, Reason::UndocumentedEdge(Edge::Tokyo, Region::Au1), Some(Region::Au1), Some("api.sydney.au1.twilio.com")),
    ("api.roaming.ie1.twilio.com", Form::Regional, Severity::Fail, Reason::NotRestEdge(Edge::Roaming), None, Some("api.dublin.ie1.twilio.com")),
    ("api.roaming.us1.twilio.com", Form::Regional, Severity::Fail, Reason::NotRestEdge(Edge::Roaming), None, Some("api.twilio.com")),
    ("conversations.roaming.gll.twilio.com", Form::Regional, Severity::Fail, Reason::NeverARegion(Region::Gll), None, Some("conversations.twilio.com")),
    ("api.roaming.gll.twilio.com", Form::Regional, Severity::Fail, Reason::NeverARegion(Region::Gll), None, Some("api.twilio.com")),
    ("api.roaming.de1.twilio.com", Form::Regional, Severity::Fail, Reason::NotRestEdge(Edge::Roaming), None, Some("api.twilio.com")),
    ("api.roaming.au1.twilio.com", Form::Regional, Severity::Fail, Reason::NotRestEdge(Edge::Roaming), None, Some("api.sydney.au1.twilio.com")),
    ("api.ashburn.gll.twilio.com", Form::Regional, Severity::Fail, Reason::NeverARegion(Region::Gll), None, Some("api.ashburn.us1.twilio.com")),
    ("api.gll.twilio.com", Form::RegionOnly, Severity::Fail, Reason::NeverARegion(Region::Gll), None, Some("api.twilio.com")),
    ("api.frankfurt.de1.twilio.com", Form::Regional, Severity::Fail, Reason::NotProcessingRegion(Edge::Frankfurt, Region::De1), None, Some("api.frankfurt.us1.twilio.com")),
    ("api.umatilla.us2.twilio.com", Form::Regional, Severity::Fail, Reason::NotProcessingRegion(Edge::Umatilla, Region::Us2), None, Some("api.umatilla.us1.twilio.com")),
    ("api.sao-paulo.br1.twilio.com", Form::Regional, Severity::Fail, Reason::NotProcessingRegion(Edge::SaoPaulo, Region::Br1), None, Some("api.sao-paulo.us1.twilio.com")),
    ("api.singapore.sg1.twilio.com", Form::Regional, Severity::Fail, Reason::NotProcessingRegion(Edge::Singapore, Region::Sg1), None, Some("api.singapore.us1.twilio.com")),
    ("api.tokyo.jp1.twilio.com", Form::Regional, Severity::Warn, Reason::DisputedRegion(Region::Jp1), None, Some("api.tokyo.us1.twilio.com")),
    ("api.frankfurt.twilio.com", Form::EdgeOnly, Severity::Fail, Reason::EdgeWithoutRegion(Edge::Frankfurt), None, Some("api.frankfurt.us1.twilio.com")),
    ("api.roaming.twilio.com", Form::EdgeOnly, Severity::Fail, Reason::NotRestEdge(Edge::Roaming), None, Some("api.twilio.com")),
    ("autopilot.twilio.com", Form::Legacy, Severity::Fail, Reason::RetiredProduct(Product::Autopilot), None, None),
    ("preview.messaging.twilio.com", Form::Legacy, Severity::Fail, Reason::RetiredProduct(Product::PreviewMessaging), None, None),
    ("api.london-ix.ie1.twilio.com", Form::Regional, Severity::Ok, Reason::DocumentedPair(Edge::LondonIx, Region::Ie1), Some(Region::Ie1), None),
    ("api.sydney-ix.au1.twilio.com", Form::Regional, Severity::Ok, Reason::DocumentedPair(Edge::SydneyIx, Region::Au1), Some(Region::Au1), None),
];

#[test]
fn every_row_of_the_forms_table() {
    for &(input, form, severity, reason, processed_in, fix) in ROWS {
        let host = Hostname::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        let verdict = host.verdict();
        assert_eq!(host.form(), form, "{input}");
        assert_eq!(verdict.severity(), severity, "{input}");
        assert_eq!(verdict.reason(), reason, "{input}");
        assert_eq!(verdict.processed_in(), processed_in, "{input}");
        assert_eq!(host.processing_region(), processed_in, "{input}");
        let fix_str = verdict.fix().map(|h| h.to_string());
        assert_eq!(fix_str.as_deref(), fix, "{input}");
        assert_eq!(host.to_string(), input, "{input} round-trips");
    }
}

#[test]
fn every_fix_is_itself_ok() {
    for &(input, ..) in ROWS {
        if let Some(fix) = Hostname::parse(input).unwrap().verdict().fix() {
            assert!(fix.verdict().is_ok(), "{input} -> {fix}: {}", fix.verdict());
        }
    }
}

#[test]
fn legacy_hosts_enter_through_ashburn() {
    let host = Hostname::parse("video.twilio.com").unwrap();
    assert_eq!(host.effective_edge(), Some(Edge::Ashburn));
    assert_eq!(host.edge(), None);
    let regional = Hostname::parse("api.sydney.au1.twilio.com").unwrap();
    assert_eq!(regional.effective_edge(), Some(Edge::Sydney));
    assert_eq!(
        Hostname::parse("api.us1.twilio.com")
            .unwrap()
            .effective_edge(),
        None
    );
}

#[test]
fn preview_messaging_is_one_product_not_a_region() {
    let host = Hostname::parse("preview.messaging.twilio.com").unwrap();
    assert_eq!(host.product(), Product::PreviewMessaging);
    assert_eq!((host.edge(), host.region()), (None, None));
    // `preview` alone is a current product.
    let preview = Hostname::parse("preview.twilio.com").unwrap();
    assert_eq!(preview.product(), Product::Preview);
    assert!(preview.verdict().is_ok());
    let regional = Hostname::parse("PREVIEW.Messaging.dublin.ie1.twilio.com").unwrap();
    assert_eq!(regional.product(), Product::PreviewMessaging);
    assert_eq!(regional.edge(), Some(Edge::Dublin));
}

#[test]
fn verdict_messages_name_the_fix() {
    let v = Hostname::parse("api.roaming.ie1.twilio.com")
        .unwrap()
        .verdict();
    assert_eq!(
        v.to_string(),
        "fail: edge roaming is not a REST API edge: TLS name mismatch (twilio-csharp#798); \
         use api.dublin.ie1.twilio.com"
    );
    let v = Hostname::parse("conversations.ashburn.gll.twilio.com")
        .unwrap()
        .verdict();
    assert_eq!(
        v.to_string(),
        "fail: gll is not a region but the legacy id of edge roaming: the host does not \
         resolve (twilio-node#666); use conversations.ashburn.us1.twilio.com"
    );
}
