//! One anchored, ASCII case-insensitive pattern over every known label,
//! built from the crate's tables; its captures are classified by string
//! matching. Capture slots are reused, so matching does not allocate.

use regex::{CaptureLocations, Regex};
use twilio_fqdn::{Edge, Hostname, Product, Region};

/// Parses hosts with one regex.
pub struct RegexParser {
    re: Regex,
    slots: CaptureLocations,
}

fn alternation(labels: impl Iterator<Item = &'static str>) -> String {
    labels.map(regex::escape).collect::<Vec<_>>().join("|")
}

impl RegexParser {
    /// Compiles `^(product)(\.edge)?(\.region)?\.twilio\.com\.?$`.
    pub fn new() -> Self {
        let products = alternation(Product::ALL.iter().map(|p| p.as_str()));
        let edges = alternation(Edge::ALL.iter().map(|e| e.as_str()));
        let regions = alternation(Region::ALL.iter().map(|r| r.as_str()));
        // `-u`: ASCII case folding only (Unicode folds the Kelvin sign to `k`).
        let pattern =
            format!(r"(?i-u)^({products})(?:\.({edges}))?(?:\.({regions}))?\.twilio\.com\.?$");
        let re = Regex::new(&pattern).expect("pattern compiles");
        let slots = re.capture_locations();
        RegexParser { re, slots }
    }

    /// The host `input` names, or `None`.
    pub fn parse(&mut self, input: &str) -> Option<Hostname> {
        self.re.captures_read(&mut self.slots, input)?;
        let group = |i| self.slots.get(i).map(|(s, e)| &input[s..e]);
        let front = [group(1), group(2), group(3)];
        super::from_front_labels(
            front
                .into_iter()
                .flatten()
                .flat_map(|labels| labels.split('.')),
        )
    }
}
