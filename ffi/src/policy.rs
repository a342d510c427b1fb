//! Endpoint availability and the gateway's residency check from C.

use core::ffi::c_char;

use twilio_fqdn::{
    check_bytes, Allowed, Availability, Credential, Decision, Denied, NonTwilio, PathError, Policy,
    Product, Region, RegionSet,
};

use crate::io::{self, OutBuf, StackText};
use crate::{
    allowed_code, code, denied_code, level_code, optional_code, parse_error_code, report, text,
    ErrorSpan, Failure, Host, TWILIO_FQDN_DESCRIBE_BUF_SIZE, TWILIO_FQDN_ERR_BAD_PATH,
    TWILIO_FQDN_ERR_BUFFER_TOO_SMALL, TWILIO_FQDN_ERR_INVALID_ARGUMENT,
    TWILIO_FQDN_ERR_NULL_POINTER, TWILIO_FQDN_NONE, TWILIO_FQDN_OK,
};

/// Where an endpoint is offered (`twilio_fqdn_availability`).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AvailabilityCodes {
    /// The product asked about.
    pub product: u8,
    /// `TWILIO_FQDN_LEVEL_*` in us1, ie1 and au1, in that order.
    pub levels: [u8; 3],
    /// 1 when a row of the availability table matched; 0 for the default
    /// (us1 only) or a retired product.
    pub has_row: u8,
}

/// A residency policy (`twilio_fqdn_policy`).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PolicyCodes {
    /// Bit `1 << code` for each allowed region (only us1, ie1, au1 can match).
    pub allowed_regions: u16,
    /// 0: deny hosts outside `twilio.com`; 1: allow them.
    pub allow_non_twilio: u8,
    /// The processing region of the credential requests carry, or
    /// `TWILIO_FQDN_NONE` for no credential check.
    pub credential_region: u8,
}

/// A policy's decision (`twilio_fqdn_decision`); the fields a decision does
/// not speak about are `TWILIO_FQDN_NONE`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecisionCodes {
    /// `TWILIO_FQDN_DENY_UNPARSABLE`: the parse error's code;
    /// `_DENY_BAD_PATH`: `TWILIO_FQDN_ERR_BAD_PATH`; otherwise `TWILIO_FQDN_OK`.
    pub error: i32,
    /// 1 allow, 0 deny.
    pub allowed: u8,
    /// `TWILIO_FQDN_DECISION_*`.
    pub why: u8,
    /// The region that processes the request.
    pub region: u8,
    /// `TWILIO_FQDN_LEVEL_*` of an allowed endpoint.
    pub level: u8,
    /// The edge a region requires.
    pub edge: u8,
    /// The region of a credential that does not fit.
    pub credential_region: u8,
    /// The host to use instead; `instead.product == TWILIO_FQDN_NONE` when
    /// there is none.
    pub instead: Host,
}

const NO_HOST: Host = Host {
    product: TWILIO_FQDN_NONE,
    edge: TWILIO_FQDN_NONE,
    region: TWILIO_FQDN_NONE,
};

fn region_code(region: Region) -> u8 {
    region as u8
}

fn host_code(host: Option<twilio_fqdn::Hostname>) -> Host {
    host.map_or(NO_HOST, Host::from_hostname)
}

fn path_failure(error: PathError) -> Failure {
    let start = error.index();
    let end = start.saturating_add(1);
    Failure::At(TWILIO_FQDN_ERR_BAD_PATH, ErrorSpan { start, end })
}

impl AvailabilityCodes {
    fn of(availability: Availability) -> Self {
        let levels = availability.levels();
        AvailabilityCodes {
            product: availability.product() as u8,
            levels: levels.map(|(_, level)| level_code(level)),
            has_row: u8::from(availability.row().is_some()),
        }
    }
}

impl PolicyCodes {
    /// The Rust policy; `TWILIO_FQDN_ERR_INVALID_ARGUMENT` for bits or codes
    /// that name nothing, or a credential region that processes nothing.
    pub fn to_policy(self) -> Result<Policy, i32> {
        let mut allow = RegionSet::EMPTY;
        for bit in 0..16u8 {
            if self.allowed_regions & (1 << bit) != 0 {
                let region = Region::ALL.get(usize::from(bit));
                allow = allow.with(*region.ok_or(TWILIO_FQDN_ERR_INVALID_ARGUMENT)?);
            }
        }
        let non_twilio = match self.allow_non_twilio {
            0 => NonTwilio::Deny,
            1 => NonTwilio::Allow,
            _ => return Err(TWILIO_FQDN_ERR_INVALID_ARGUMENT),
        };
        let policy = Policy::new(allow).non_twilio(non_twilio);
        match crate::optional_label(Region::ALL, self.credential_region)? {
            None => Ok(policy),
            Some(region) => Credential::new(None, region)
                .map(|credential| policy.credential(credential))
                .map_err(|_| TWILIO_FQDN_ERR_INVALID_ARGUMENT),
        }
    }
}

impl DecisionCodes {
    /// The codes of a decision, and the span of the error it reports.
    fn of(decision: Decision) -> (Self, Option<ErrorSpan>) {
        let mut codes = DecisionCodes {
            error: TWILIO_FQDN_OK,
            allowed: u8::from(decision.is_allowed()),
            why: match decision {
                Decision::Allow(allowed) => allowed_code(allowed),
                Decision::Deny(denied) => denied_code(denied),
            },
            region: TWILIO_FQDN_NONE,
            level: TWILIO_FQDN_NONE,
            edge: TWILIO_FQDN_NONE,
            credential_region: TWILIO_FQDN_NONE,
            instead: NO_HOST,
        };
        let mut span = None;
        match decision {
            Decision::Allow(Allowed::Endpoint { region, level }) => {
                codes.region = region_code(region);
                codes.level = level_code(level);
            }
            Decision::Allow(Allowed::Host { region }) => codes.region = region_code(region),
            Decision::Deny(Denied::Unparsable(error)) => {
                codes.error = parse_error_code(error.kind());
                span = Some(ErrorSpan::of(&error));
            }
            Decision::Deny(Denied::BadPath(error)) => {
                if let Failure::At(code, at) = path_failure(error) {
                    codes.error = code;
                    span = Some(at);
                }
            }
            Decision::Deny(Denied::HostFails(verdict) | Denied::NoProcessingRegion(verdict)) => {
                codes.region = optional_code(verdict.processed_in().map(region_code));
                codes.instead = host_code(verdict.fix());
            }
            Decision::Deny(
                Denied::RegionNotAllowed { region, instead }
                | Denied::NotAvailable {
                    region, instead, ..
                },
            ) => {
                codes.region = region_code(region);
                codes.instead = host_code(instead);
            }
            Decision::Deny(Denied::EdgeRequired {
                region,
                edge,
                instead,
            }) => {
                codes.region = region_code(region);
                codes.edge = edge as u8;
                codes.instead = Host::from_hostname(instead);
            }
            Decision::Deny(Denied::CredentialRegion { credential, needed }) => {
                codes.region = region_code(needed);
                codes.credential_region = region_code(credential);
            }
            _ => {}
        }
        (codes, span)
    }
}

/// Where `product`'s endpoint at `path` (`/2010-04-01/Accounts/{sid}/...`,
/// query and fragment ignored) is offered, into `*out`.
///
/// Returns `TWILIO_FQDN_OK`, `TWILIO_FQDN_ERR_BAD_PATH` (with the span of the
/// offending byte) for a path not in normal form, or another error code.
///
/// # Safety
///
/// `path` is NULL or points to `path_len` readable bytes; `out` is NULL or
/// writable for one `twilio_fqdn_availability`; `error_span` is NULL or
/// writable for one `twilio_fqdn_error_span`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_availability_lookup(
    product: u8,
    path: *const u8,
    path_len: usize,
    out: *mut AvailabilityCodes,
    error_span: *mut ErrorSpan,
) -> i32 {
    let result = (|| {
        // SAFETY: `path` and `path_len` are as `io::input` needs (contract).
        let bytes = unsafe { io::input(path, path_len) }?;
        if out.is_null() {
            return Err(Failure::Code(TWILIO_FQDN_ERR_NULL_POINTER));
        }
        let product = *Product::ALL
            .get(usize::from(product))
            .ok_or(TWILIO_FQDN_ERR_INVALID_ARGUMENT)?;
        let availability = Availability::lookup(product, text(bytes)?).map_err(path_failure)?;
        // SAFETY: `out` is writable for one value (contract).
        unsafe { io::write(out, AvailabilityCodes::of(availability)) }?;
        Ok(TWILIO_FQDN_OK)
    })();
    // SAFETY: `error_span` is NULL or writable (contract).
    unsafe { report(result, error_span) }
}

/// Parses the policy and the input for the two policy functions.
///
/// # Safety
///
/// As [`twilio_fqdn_policy_check`].
unsafe fn decide(
    input: *const u8,
    len: usize,
    policy: *const PolicyCodes,
) -> Result<Decision, i32> {
    // SAFETY: `input` and `len` are as `io::input` needs (contract).
    let bytes = unsafe { io::input(input, len) }?;
    if policy.is_null() {
        return Err(TWILIO_FQDN_ERR_NULL_POINTER);
    }
    // SAFETY: not NULL and points to a `twilio_fqdn_policy` (contract);
    // `read_unaligned` needs no alignment.
    let policy = unsafe { policy.read_unaligned() }.to_policy()?;
    Ok(check_bytes(bytes, &policy))
}

/// The gateway's one call: may a request to `input` (an `http`/`https` URL
/// or a bare host) go out under `*policy`? Fills `*out`; a denial is an
/// answer, not an error, so this returns `TWILIO_FQDN_OK` for both. When the
/// input is denied as unparsable or its path is not in normal form,
/// `*error_span` (when not NULL) says where.
///
/// Returns `TWILIO_FQDN_OK`, `TWILIO_FQDN_ERR_NULL_POINTER`, or
/// `TWILIO_FQDN_ERR_INVALID_ARGUMENT` for a policy that names nothing.
///
/// # Safety
///
/// `input` is NULL or points to `len` readable bytes; `policy` is NULL or
/// points to a `twilio_fqdn_policy`; `out` is NULL or writable for one
/// `twilio_fqdn_decision`; `error_span` is NULL or writable for one
/// `twilio_fqdn_error_span`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_policy_check(
    input: *const u8,
    len: usize,
    policy: *const PolicyCodes,
    out: *mut DecisionCodes,
    error_span: *mut ErrorSpan,
) -> i32 {
    code((|| {
        if out.is_null() {
            return Err(TWILIO_FQDN_ERR_NULL_POINTER);
        }
        // SAFETY: the contract of this function is `decide`'s.
        let (codes, span) = DecisionCodes::of(unsafe { decide(input, len, policy) }?);
        if let Some(span) = span {
            // SAFETY: `error_span` is NULL or writable (contract).
            unsafe { io::write_optional(error_span, span) };
        }
        // SAFETY: `out` is writable for one value (contract).
        unsafe { io::write(out, codes) }?;
        Ok(TWILIO_FQDN_OK)
    })())
}

/// Writes the decision as a sentence (`deny: processed in us1, which the
/// policy does not allow; ...`) and a NUL into `buf`. A buffer of
/// `TWILIO_FQDN_DESCRIBE_BUF_SIZE` bytes always fits.
///
/// Returns the length without the NUL, or an error code.
///
/// # Safety
///
/// As [`twilio_fqdn_policy_check`], and `buf` is NULL or writable for `cap`
/// bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn twilio_fqdn_policy_describe(
    input: *const u8,
    len: usize,
    policy: *const PolicyCodes,
    buf: *mut c_char,
    cap: usize,
) -> i32 {
    code((|| {
        // SAFETY: `buf` is NULL or writable for `cap` bytes (contract).
        let out = unsafe { OutBuf::new(buf.cast(), cap) }?;
        // SAFETY: the contract of this function is `decide`'s.
        let decision = unsafe { decide(input, len, policy) }?;
        let mut sentence = StackText::<TWILIO_FQDN_DESCRIBE_BUF_SIZE>::new();
        core::fmt::write(&mut sentence, format_args!("{decision}"))
            .map_err(|_| TWILIO_FQDN_ERR_BUFFER_TOO_SMALL)?;
        Ok(out.put(sentence.as_bytes()))
    })())
}
