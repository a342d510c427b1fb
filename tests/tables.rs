//! The label tables against the fact files they come from
//! (`tests/data/*.tsv`, copies of `shared/twilio/`), and every label
//! parsing back to itself in any case.

use std::collections::BTreeSet;

use twilio_fqdn::{Edge, EdgeKind, Product, ProductStatus, Region, RegionOnlyHost, RegionStatus};

fn rows(file: &str) -> Vec<(usize, Vec<String>)> {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l.split('\t').map(str::to_owned).collect()))
        .collect()
}

/// `label`, `LABEL` and `LaBeL`.
fn cases(label: &str) -> [String; 3] {
    let mixed = label
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i % 2 == 0 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect();
    [label.to_owned(), label.to_ascii_uppercase(), mixed]
}

#[test]
fn products_match_products_tsv() {
    let rows = rows("products.tsv");
    let mut seen = BTreeSet::new();
    for (line, cols) in &rows {
        let (label, status) = (&cols[0], &cols[1]);
        let product: Product = label
            .parse()
            .unwrap_or_else(|_| panic!("products.tsv:{line}: {label} missing from the table"));
        let expected = match status.as_str() {
            "current" => ProductStatus::Current,
            "retired" => ProductStatus::Retired,
            other => panic!("products.tsv:{line}: unknown status {other}"),
        };
        assert_eq!(product.status(), expected, "products.tsv:{line}");
        seen.insert(product);
    }
    assert_eq!(
        seen.len(),
        Product::ALL.len(),
        "table has labels the file lacks"
    );
}

#[test]
fn edges_match_edges_tsv() {
    let rows = rows("edges.tsv");
    for (line, cols) in &rows {
        let edge: Edge = cols[0]
            .parse()
            .unwrap_or_else(|_| panic!("edges.tsv:{line}: {} missing", cols[0]));
        let kind = match cols[1].as_str() {
            "public" => EdgeKind::Public,
            "interconnect" => EdgeKind::Interconnect,
            other => panic!("edges.tsv:{line}: unknown kind {other}"),
        };
        assert_eq!(edge.kind(), kind, "edges.tsv:{line}");
        assert_eq!(edge.legacy_id(), cols[2], "edges.tsv:{line}");
        assert_eq!(edge.location(), cols[3], "edges.tsv:{line}");
        let rest = match cols[4].as_str() {
            "-" => None,
            code => Some(code.parse::<Region>().expect("rest_region is a region")),
        };
        assert_eq!(edge.rest_region(), rest, "edges.tsv:{line}");
    }
    assert_eq!(rows.len(), Edge::ALL.len());
}

#[test]
fn regions_match_regions_tsv() {
    let rows = rows("regions.tsv");
    for (line, cols) in &rows {
        let region: Region = cols[0]
            .parse()
            .unwrap_or_else(|_| panic!("regions.tsv:{line}: {} missing", cols[0]));
        assert_eq!(
            region.is_processing(),
            cols[1] == "yes",
            "regions.tsv:{line}"
        );
        let edge = match cols[2].as_str() {
            "-" => None,
            e => Some(e.parse::<Edge>().expect("documented_edge is an edge")),
        };
        assert_eq!(region.documented_edge(), edge, "regions.tsv:{line}");
        let status = match cols[3].as_str() {
            "ga" => RegionStatus::Ga,
            "conflicting" => RegionStatus::Conflicting,
            "legacy-edge-id" => RegionStatus::LegacyEdgeId,
            other => panic!("regions.tsv:{line}: unknown status {other}"),
        };
        assert_eq!(region.status(), status, "regions.tsv:{line}");
        // us1's region-only host is live; the notes name the code that was
        // never a region; every other region-only host was retired.
        let expected = if cols[0] == "us1" {
            RegionOnlyHost::Live
        } else if cols[4].contains("never a region") {
            RegionOnlyHost::Never
        } else {
            RegionOnlyHost::Retired
        };
        assert_eq!(region.region_only_host(), expected, "regions.tsv:{line}");
    }
    assert_eq!(rows.len(), Region::ALL.len());
}

#[test]
fn every_label_parses_back_in_any_case() {
    for p in Product::ALL {
        for s in cases(p.as_str()) {
            assert_eq!(s.parse::<Product>(), Ok(*p), "{s}");
            assert_eq!(Product::from_bytes(s.as_bytes()), Some(*p), "{s}");
        }
        assert_eq!(p.to_string(), p.as_str());
    }
    for e in Edge::ALL {
        for s in cases(e.as_str()) {
            assert_eq!(s.parse::<Edge>(), Ok(*e), "{s}");
        }
        assert_eq!(e.to_string(), e.as_str());
    }
    for r in Region::ALL {
        for s in cases(r.as_str()) {
            assert_eq!(s.parse::<Region>(), Ok(*r), "{s}");
        }
        assert_eq!(r.to_string(), r.as_str());
    }
}

#[test]
fn near_misses_are_not_labels() {
    for s in [
        "",
        "ap",
        "apii",
        "api ",
        " api",
        "api.",
        "flex_api",
        "flexapi",
        "osaka",
        "us3",
        "ie2",
        "preview.messaging.",
        "preview-messaging",
        "previewmessaging",
        "preview..messaging",
        "ashburn-ix-",
        "-dublin",
        "dublín",
        "a\0pi",
        "api\0",
    ] {
        assert!(s.parse::<Product>().is_err(), "product {s:?}");
        assert!(s.parse::<Edge>().is_err(), "edge {s:?}");
        assert!(s.parse::<Region>().is_err(), "region {s:?}");
    }
    // Each table only knows its own labels.
    assert!("dublin".parse::<Region>().is_err());
    assert!("ie1".parse::<Edge>().is_err());
    assert!("api".parse::<Edge>().is_err());
}

#[test]
fn label_display_honours_width() {
    assert_eq!(format!("[{:>8}]", Region::Ie1), "[     ie1]");
    assert_eq!(format!("[{:<9}]", Edge::Dublin), "[dublin   ]");
}

#[test]
fn vendored_facts_match_shared() {
    // The repo carries copies of shared/twilio/*.tsv so a lone clone can test.
    // Where the shared folder sits beside the checkout (as in CI), they must
    // not have drifted.
    let shared = format!("{}/../shared/twilio", env!("CARGO_MANIFEST_DIR"));
    if !std::path::Path::new(&shared).is_dir() {
        eprintln!("note: {shared} not found; vendored copies not compared");
        return;
    }
    for file in [
        "products.tsv",
        "edges.tsv",
        "regions.tsv",
        "availability.tsv",
        "helper-compat.tsv",
    ] {
        let ours =
            std::fs::read(format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let theirs = std::fs::read(format!("{shared}/{file}")).unwrap();
        assert!(
            ours == theirs,
            "tests/data/{file} differs from {shared}/{file}: copy it again"
        );
    }
}
