/*
 * twilio_fqdn.h: the C ABI of twilio-fqdn, the zero-allocation authority on
 * Twilio REST API hostnames ({product}.{edge}.{region}.twilio.com).
 *
 * Link with libtwilio_fqdn_ffi.a (or the shared library), built by
 * `cargo build --release -p twilio-fqdn-ffi`.
 *
 * Conventions, for every function:
 *   - Inputs are (pointer, length) byte strings; they need no NUL.
 *   - Outputs go to caller-provided memory: a struct, or a buffer and its
 *     capacity that receives text plus a NUL terminator.
 *   - Functions that write text return its length (without the NUL); the
 *     others return TWILIO_FQDN_OK. Errors are negative TWILIO_FQDN_ERR_*
 *     codes; twilio_fqdn_error_message() names them. When a text function
 *     fails and cap > 0, buf[0] is NUL.
 *   - A NULL required pointer, a too-short buffer, a length above
 *     PTRDIFF_MAX, a code that names nothing, bytes that are not UTF-8
 *     (TWILIO_FQDN_ERR_INVALID_BYTE): all are error codes, never a crash. Optional out-parameters
 *     (error_span) may be NULL.
 *   - Nothing allocates, nothing keeps state: every function is thread-safe.
 *   - Labels are uint8_t codes; TWILIO_FQDN_NONE means "absent".
 *
 * This header is written by hand and checked against the Rust side by
 * `cargo test -p twilio-fqdn-ffi` (ffi/tests/c_api.rs): every constant,
 * struct layout and prototype. Keep them in sync.
 */
#ifndef TWILIO_FQDN_H
#define TWILIO_FQDN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The version this header describes; twilio_fqdn_version() is the library's. */
#define TWILIO_FQDN_VERSION "0.1.0"

/** "Absent" in a label field (edge, region, processing_region, fix.product). */
#define TWILIO_FQDN_NONE 0xFF

/** A buffer of this size always fits twilio_fqdn_encode's host and its NUL. */
#define TWILIO_FQDN_HOST_BUF_SIZE 46

/** A buffer of this size always fits twilio_fqdn_describe's sentence and its NUL. */
#define TWILIO_FQDN_DESCRIBE_BUF_SIZE 256

/** Return codes: TWILIO_FQDN_OK or a negative error. */
enum twilio_fqdn_status {
    TWILIO_FQDN_OK = 0,
    /* Misuse of the API. */
    TWILIO_FQDN_ERR_NULL_POINTER = -1,
    TWILIO_FQDN_ERR_BUFFER_TOO_SMALL = -2,
    TWILIO_FQDN_ERR_INVALID_ARGUMENT = -4, /* unknown code, length > PTRDIFF_MAX */
    TWILIO_FQDN_ERR_OVERLAP = -5,          /* input and output buffers overlap */
    /* The input is not a Twilio REST host; error_span says where. */
    TWILIO_FQDN_ERR_EMPTY = -10,
    TWILIO_FQDN_ERR_TOO_LONG = -11,
    TWILIO_FQDN_ERR_EMPTY_LABEL = -12,
    TWILIO_FQDN_ERR_LABEL_TOO_LONG = -13,
    TWILIO_FQDN_ERR_INVALID_BYTE = -14,
    TWILIO_FQDN_ERR_HYPHEN_AT_LABEL_EDGE = -15,
    TWILIO_FQDN_ERR_NOT_TWILIO = -16,
    TWILIO_FQDN_ERR_MISSING_PRODUCT = -17,
    TWILIO_FQDN_ERR_UNKNOWN_PRODUCT = -18,
    TWILIO_FQDN_ERR_UNKNOWN_EDGE = -19,
    TWILIO_FQDN_ERR_UNKNOWN_REGION = -20,
    TWILIO_FQDN_ERR_UNKNOWN_EDGE_OR_REGION = -21,
    TWILIO_FQDN_ERR_TOO_MANY_LABELS = -22,
    TWILIO_FQDN_ERR_NOT_HTTP_URL = -23,
    TWILIO_FQDN_ERR_EMPTY_HOST = -24,
    TWILIO_FQDN_ERR_IP_LITERAL = -25,
    TWILIO_FQDN_ERR_INVALID_PORT = -26,
    TWILIO_FQDN_ERR_PARSE_OTHER = -27, /* a parse error newer than this header */
    /* Rewriting and availability. */
    TWILIO_FQDN_ERR_INVALID_EDGE_VALUE = -30,   /* error_span: in the edge value */
    TWILIO_FQDN_ERR_INVALID_REGION_VALUE = -31, /* error_span: in the region value */
    TWILIO_FQDN_ERR_REFUSED = -32,              /* strict: the host would not work */
    TWILIO_FQDN_ERR_BAD_PATH = -33,             /* path not in normal form */
    TWILIO_FQDN_ERR_REWRITE_OTHER = -34         /* a rewrite error newer than this header */
};

/** Product codes (the first label): `repr(u8)` order of the Rust tables. */
enum twilio_fqdn_product {
    TWILIO_FQDN_PRODUCT_ACCOUNTS = 0,
    TWILIO_FQDN_PRODUCT_API = 1,
    TWILIO_FQDN_PRODUCT_ASSISTANTS = 2,
    TWILIO_FQDN_PRODUCT_BULKEXPORTS = 3,
    TWILIO_FQDN_PRODUCT_CHAT = 4,
    TWILIO_FQDN_PRODUCT_CONTENT = 5,
    TWILIO_FQDN_PRODUCT_CONVERSATIONS = 6,
    TWILIO_FQDN_PRODUCT_EVENTS = 7,
    TWILIO_FQDN_PRODUCT_FLEX_API = 8,
    TWILIO_FQDN_PRODUCT_FRONTLINE_API = 9,
    TWILIO_FQDN_PRODUCT_IAM = 10,
    TWILIO_FQDN_PRODUCT_PREVIEW_IAM = 11,
    TWILIO_FQDN_PRODUCT_INSIGHTS = 12,
    TWILIO_FQDN_PRODUCT_INTELLIGENCE = 13,
    TWILIO_FQDN_PRODUCT_IP_MESSAGING = 14,
    TWILIO_FQDN_PRODUCT_KNOWLEDGE = 15,
    TWILIO_FQDN_PRODUCT_LOOKUPS = 16,
    TWILIO_FQDN_PRODUCT_MARKETPLACE = 17,
    TWILIO_FQDN_PRODUCT_MEMORY = 18,
    TWILIO_FQDN_PRODUCT_MESSAGING = 19,
    TWILIO_FQDN_PRODUCT_MONITOR = 20,
    TWILIO_FQDN_PRODUCT_NOTIFY = 21,
    TWILIO_FQDN_PRODUCT_NUMBERS = 22,
    TWILIO_FQDN_PRODUCT_OAUTH = 23,
    TWILIO_FQDN_PRODUCT_PREVIEW = 24,
    TWILIO_FQDN_PRODUCT_PRICING = 25,
    TWILIO_FQDN_PRODUCT_PROXY = 26,
    TWILIO_FQDN_PRODUCT_ROUTES = 27,
    TWILIO_FQDN_PRODUCT_SERVERLESS = 28,
    TWILIO_FQDN_PRODUCT_STUDIO = 29,
    TWILIO_FQDN_PRODUCT_SUPERSIM = 30,
    TWILIO_FQDN_PRODUCT_SYNC = 31,
    TWILIO_FQDN_PRODUCT_TASKROUTER = 32,
    TWILIO_FQDN_PRODUCT_TRUNKING = 33,
    TWILIO_FQDN_PRODUCT_TRUSTHUB = 34,
    TWILIO_FQDN_PRODUCT_VERIFY = 35,
    TWILIO_FQDN_PRODUCT_VIDEO = 36,
    TWILIO_FQDN_PRODUCT_VOICE = 37,
    TWILIO_FQDN_PRODUCT_WIRELESS = 38,
    TWILIO_FQDN_PRODUCT_AUTOPILOT = 39,
    TWILIO_FQDN_PRODUCT_FAX = 40,
    TWILIO_FQDN_PRODUCT_MEDIA = 41,
    TWILIO_FQDN_PRODUCT_MICROVISOR = 42,
    TWILIO_FQDN_PRODUCT_PREVIEW_MESSAGING = 43, /* "preview.messaging" */
    TWILIO_FQDN_PRODUCT_PREVIEW_VERIFY = 44,
    TWILIO_FQDN_PRODUCT_AUTHY = 45,
    TWILIO_FQDN_PRODUCT_COUNT = 46
};

/** Edge codes. */
enum twilio_fqdn_edge {
    TWILIO_FQDN_EDGE_ASHBURN = 0,
    TWILIO_FQDN_EDGE_UMATILLA = 1,
    TWILIO_FQDN_EDGE_DUBLIN = 2,
    TWILIO_FQDN_EDGE_FRANKFURT = 3,
    TWILIO_FQDN_EDGE_SAO_PAULO = 4,
    TWILIO_FQDN_EDGE_SINGAPORE = 5,
    TWILIO_FQDN_EDGE_TOKYO = 6,
    TWILIO_FQDN_EDGE_SYDNEY = 7,
    TWILIO_FQDN_EDGE_ROAMING = 8,
    TWILIO_FQDN_EDGE_ASHBURN_IX = 9,
    TWILIO_FQDN_EDGE_SAN_JOSE_IX = 10,
    TWILIO_FQDN_EDGE_SAO_PAULO_IX = 11,
    TWILIO_FQDN_EDGE_LONDON_IX = 12,
    TWILIO_FQDN_EDGE_FRANKFURT_IX = 13,
    TWILIO_FQDN_EDGE_SINGAPORE_IX = 14,
    TWILIO_FQDN_EDGE_TOKYO_IX = 15,
    TWILIO_FQDN_EDGE_SYDNEY_IX = 16,
    TWILIO_FQDN_EDGE_COUNT = 17
};

/** Region codes (only us1, ie1 and au1 process data). */
enum twilio_fqdn_region {
    TWILIO_FQDN_REGION_US1 = 0,
    TWILIO_FQDN_REGION_IE1 = 1,
    TWILIO_FQDN_REGION_AU1 = 2,
    TWILIO_FQDN_REGION_JP1 = 3,
    TWILIO_FQDN_REGION_US2 = 4,
    TWILIO_FQDN_REGION_DE1 = 5,
    TWILIO_FQDN_REGION_BR1 = 6,
    TWILIO_FQDN_REGION_SG1 = 7,
    TWILIO_FQDN_REGION_GLL = 8,
    TWILIO_FQDN_REGION_COUNT = 9
};

/** Verdict severity. */
enum twilio_fqdn_severity {
    TWILIO_FQDN_SEVERITY_OK = 0,   /* works as documented */
    TWILIO_FQDN_SEVERITY_WARN = 1, /* may work, but not as documented */
    TWILIO_FQDN_SEVERITY_FAIL = 2  /* does not work */
};

/** The shape of a host. */
enum twilio_fqdn_form {
    TWILIO_FQDN_FORM_LEGACY = 0,      /* {product}.twilio.com */
    TWILIO_FQDN_FORM_REGION_ONLY = 1, /* {product}.{region}.twilio.com */
    TWILIO_FQDN_FORM_EDGE_ONLY = 2,   /* {product}.{edge}.twilio.com */
    TWILIO_FQDN_FORM_REGIONAL = 3     /* {product}.{edge}.{region}.twilio.com */
};

/** Why a host gets its verdict; twilio_fqdn_reason_message() describes each. */
enum twilio_fqdn_reason {
    TWILIO_FQDN_REASON_LEGACY = 0,
    TWILIO_FQDN_REASON_US1 = 1,
    TWILIO_FQDN_REASON_US1_THROUGH_EDGE = 2,
    TWILIO_FQDN_REASON_DOCUMENTED_PAIR = 3,
    TWILIO_FQDN_REASON_UNDOCUMENTED_EDGE = 4,
    TWILIO_FQDN_REASON_DISPUTED_REGION = 5,
    TWILIO_FQDN_REASON_RETIRED_PRODUCT = 6,
    TWILIO_FQDN_REASON_NOT_REST_EDGE = 7,
    TWILIO_FQDN_REASON_NEVER_A_REGION = 8,
    TWILIO_FQDN_REASON_EDGE_WITHOUT_REGION = 9,
    TWILIO_FQDN_REASON_RETIRED_REGION_ONLY = 10,
    TWILIO_FQDN_REASON_NOT_PROCESSING_REGION = 11,
    TWILIO_FQDN_REASON_OTHER = 254 /* a reason newer than this header */
};

/** How far an endpoint is offered in a region. */
enum twilio_fqdn_level {
    TWILIO_FQDN_LEVEL_NO = 0,
    TWILIO_FQDN_LEVEL_BETA = 1,
    TWILIO_FQDN_LEVEL_GA = 2
};

/** Why a policy allows (0..63) or denies (64..127) a request. */
enum twilio_fqdn_decision_why {
    TWILIO_FQDN_DECISION_ALLOW_ENDPOINT = 0,   /* region, level */
    TWILIO_FQDN_DECISION_ALLOW_HOST = 1,       /* region (bare host) */
    TWILIO_FQDN_DECISION_ALLOW_NON_TWILIO = 2,
    TWILIO_FQDN_DECISION_ALLOW_OTHER = 63,
    TWILIO_FQDN_DECISION_DENY_UNPARSABLE = 64, /* error, error_span */
    TWILIO_FQDN_DECISION_DENY_NON_TWILIO = 65,
    TWILIO_FQDN_DECISION_DENY_BAD_PATH = 66,   /* error, error_span */
    TWILIO_FQDN_DECISION_DENY_HOST_FAILS = 67, /* instead: the fix */
    TWILIO_FQDN_DECISION_DENY_NO_PROCESSING_REGION = 68,
    TWILIO_FQDN_DECISION_DENY_REGION_NOT_ALLOWED = 69, /* region, instead */
    TWILIO_FQDN_DECISION_DENY_NOT_AVAILABLE = 70,      /* region, instead */
    TWILIO_FQDN_DECISION_DENY_EDGE_REQUIRED = 71,      /* region, edge, instead */
    TWILIO_FQDN_DECISION_DENY_CREDENTIAL_REGION = 72,  /* credential_region, region */
    TWILIO_FQDN_DECISION_DENY_OTHER = 127
};

/** A host as label codes. */
typedef struct twilio_fqdn_host {
    uint8_t product; /* TWILIO_FQDN_PRODUCT_* (TWILIO_FQDN_NONE in an absent fix) */
    uint8_t edge;    /* TWILIO_FQDN_EDGE_* or TWILIO_FQDN_NONE */
    uint8_t region;  /* TWILIO_FQDN_REGION_* or TWILIO_FQDN_NONE */
} twilio_fqdn_host;

/** Everything the library says about a host. */
typedef struct twilio_fqdn_classification {
    twilio_fqdn_host host;     /* as parsed */
    uint8_t form;              /* TWILIO_FQDN_FORM_* */
    uint8_t processing_region; /* where requests are processed, or TWILIO_FQDN_NONE */
    uint8_t severity;          /* TWILIO_FQDN_SEVERITY_* */
    uint8_t reason;            /* TWILIO_FQDN_REASON_* */
    twilio_fqdn_host fix;      /* the host to use instead; fix.product is
                                  TWILIO_FQDN_NONE when there is none */
} twilio_fqdn_classification;

/** Where a parse error is: bytes [start, end) of the input. */
typedef struct twilio_fqdn_error_span {
    size_t start;
    size_t end;
} twilio_fqdn_error_span;

/** Edge and region values as configured (TWILIO_EDGE, TWILIO_REGION): a NULL
 *  pointer or a zero length is "not set". */
typedef struct twilio_fqdn_target {
    const uint8_t *edge;
    size_t edge_len;
    const uint8_t *region;
    size_t region_len;
} twilio_fqdn_target;

/** A strict target as codes; TWILIO_FQDN_NONE is "not set". */
typedef struct twilio_fqdn_strict_target {
    uint8_t edge;
    uint8_t region;
} twilio_fqdn_strict_target;

/** Where an endpoint is offered. */
typedef struct twilio_fqdn_availability {
    uint8_t product;
    uint8_t levels[3]; /* TWILIO_FQDN_LEVEL_* in us1, ie1, au1 */
    uint8_t has_row;   /* 1: a table row matched; 0: the us1-only default or retired */
} twilio_fqdn_availability;

/** A residency policy. */
typedef struct twilio_fqdn_policy {
    uint16_t allowed_regions;  /* bit (1u << TWILIO_FQDN_REGION_*) per allowed region */
    uint8_t allow_non_twilio;  /* 0: deny hosts outside twilio.com; 1: allow them */
    uint8_t credential_region; /* region of the credential requests carry, or TWILIO_FQDN_NONE */
} twilio_fqdn_policy;

/** A policy's decision; fields the decision does not speak about are
 *  TWILIO_FQDN_NONE. */
typedef struct twilio_fqdn_decision {
    int32_t error;             /* DENY_UNPARSABLE: the parse error code; DENY_BAD_PATH:
                                  TWILIO_FQDN_ERR_BAD_PATH; else TWILIO_FQDN_OK */
    uint8_t allowed;           /* 1 allow, 0 deny */
    uint8_t why;               /* TWILIO_FQDN_DECISION_* */
    uint8_t region;            /* the region that processes the request */
    uint8_t level;             /* TWILIO_FQDN_LEVEL_* of an allowed endpoint */
    uint8_t edge;              /* the edge a region requires */
    uint8_t credential_region; /* the region of a credential that does not fit */
    twilio_fqdn_host instead;  /* the host to use instead; product NONE if none */
} twilio_fqdn_decision;

/* ---- Parsing and classifying ---------------------------------------- */

/** Parses a hostname (any ASCII case, one optional trailing dot). Bytes
 *  outside [A-Za-z0-9.-], non-ASCII included, are TWILIO_FQDN_ERR_INVALID_BYTE. */
int32_t twilio_fqdn_parse(const uint8_t *input, size_t len, twilio_fqdn_host *out,
                          twilio_fqdn_error_span *error_span);

/** Parses the host of an absolute http/https URL, where a WHATWG URL parser
 *  finds it. error_span counts from the start of the URL. */
int32_t twilio_fqdn_parse_url(const uint8_t *input, size_t len, twilio_fqdn_host *out,
                              twilio_fqdn_error_span *error_span);

/** Parses a hostname or an http/https URL and classifies it. */
int32_t twilio_fqdn_check(const uint8_t *input, size_t len, twilio_fqdn_classification *out,
                          twilio_fqdn_error_span *error_span);

/** Classifies a host given as codes (TWILIO_FQDN_ERR_INVALID_ARGUMENT for a
 *  code that names nothing). */
int32_t twilio_fqdn_classify(twilio_fqdn_host host, twilio_fqdn_classification *out);

/* ---- Writing text ---------------------------------------------------- */

/** Writes the canonical lowercase host and a NUL; returns its length. */
int32_t twilio_fqdn_encode(twilio_fqdn_host host, char *buf, size_t cap);

/** Writes the verdict as a sentence ("fail: ...; use <fix>") and a NUL;
 *  returns its length. */
int32_t twilio_fqdn_describe(twilio_fqdn_host host, char *buf, size_t cap);

/* ---- Rewriting request URLs ---------------------------------------- */

/** Rewrites url as the official helper libraries do with these edge and
 *  region values (api.twilio.com + region ie1 -> api.ie1.twilio.com, whatever
 *  that host's verdict), into buf with a NUL; returns the URL's length. On
 *  TWILIO_FQDN_ERR_BUFFER_TOO_SMALL, *needed (if not NULL) is the size that
 *  fits, NUL included. Hosts outside twilio.com are left unchanged. */
int32_t twilio_fqdn_rewrite(const uint8_t *url, size_t url_len, const twilio_fqdn_target *target,
                            char *buf, size_t cap, size_t *needed,
                            twilio_fqdn_error_span *error_span);

/** Rewrites url to the strict target, refusing hosts that do not work
 *  (TWILIO_FQDN_ERR_REFUSED; *refused, if not NULL, classifies the refused
 *  host and carries its fix). */
int32_t twilio_fqdn_rewrite_strict(const uint8_t *url, size_t url_len,
                                   twilio_fqdn_strict_target target, char *buf, size_t cap,
                                   size_t *needed, twilio_fqdn_classification *refused,
                                   twilio_fqdn_error_span *error_span);

/* ---- Availability and residency policy ------------------------------- */

/** Where a product's endpoint at path ("/2010-04-01/Accounts/{sid}/...") is
 *  offered. TWILIO_FQDN_ERR_BAD_PATH for a path not in normal form. */
int32_t twilio_fqdn_availability_lookup(uint8_t product, const uint8_t *path, size_t path_len,
                                        twilio_fqdn_availability *out,
                                        twilio_fqdn_error_span *error_span);

/** May a request to input (an http/https URL or a bare host) go out under
 *  policy? A denial is an answer: TWILIO_FQDN_OK with out->allowed == 0. */
int32_t twilio_fqdn_policy_check(const uint8_t *input, size_t len,
                                 const twilio_fqdn_policy *policy, twilio_fqdn_decision *out,
                                 twilio_fqdn_error_span *error_span);

/** Writes the decision as a sentence ("deny: ...") and a NUL; returns its length. */
int32_t twilio_fqdn_policy_describe(const uint8_t *input, size_t len,
                                    const twilio_fqdn_policy *policy, char *buf, size_t cap);

/* ---- Static strings (never freed) ------------------------------------ */

/** The message of a return code; "unknown return code" otherwise. Never NULL. */
const char *twilio_fqdn_error_message(int32_t code);

/** The description of a reason code; "unknown reason code" otherwise. Never NULL. */
const char *twilio_fqdn_reason_message(uint8_t reason);

/** The label of a product, edge or region code; NULL for a code that names none. */
const char *twilio_fqdn_product_name(uint8_t product);
const char *twilio_fqdn_edge_name(uint8_t edge);
const char *twilio_fqdn_region_name(uint8_t region);

/** The code of a product, edge or region label (any ASCII case), or
 *  TWILIO_FQDN_ERR_UNKNOWN_PRODUCT / _EDGE / _REGION. */
int32_t twilio_fqdn_product_code(const uint8_t *name, size_t len);
int32_t twilio_fqdn_edge_code(const uint8_t *name, size_t len);
int32_t twilio_fqdn_region_code(const uint8_t *name, size_t len);

/** The library's version, e.g. "0.1.0"; compare with TWILIO_FQDN_VERSION. */
const char *twilio_fqdn_version(void);

#ifdef __cplusplus
}
#endif

#endif /* TWILIO_FQDN_H */
