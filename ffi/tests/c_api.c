/*
 * The C ABI from C: every function, its error paths, and an exhaustive
 * round trip over every host the tables can spell. Built and run by
 * ffi/tests/c_api.rs under -fsanitize=address,undefined.
 *
 * Every input is copied into a heap block of exactly its length (no NUL),
 * so AddressSanitizer reports any read past the end. Prints one line per
 * failure and a closing "N passed, M failed"; exits non-zero on any failure.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "twilio_fqdn.h"

static int passed, failed;

#define CHECK(cond)                                                    \
    do {                                                               \
        if (cond) {                                                    \
            passed++;                                                  \
        } else {                                                       \
            failed++;                                                  \
            fprintf(stderr, "FAILED %s:%d: %s\n", __FILE__, __LINE__, #cond); \
        }                                                              \
    } while (0)

#define CHECK_EQ_INT(got, want)                                                 \
    do {                                                                        \
        long long got_ = (got), want_ = (want);                                 \
        if (got_ == want_) {                                                    \
            passed++;                                                           \
        } else {                                                                \
            failed++;                                                           \
            fprintf(stderr, "FAILED %s:%d: %s == %lld, want %lld\n", __FILE__, \
                    __LINE__, #got, got_, want_);                               \
        }                                                                       \
    } while (0)

#define CHECK_EQ_STR(got, want)                                                   \
    do {                                                                          \
        const char *got_ = (got), *want_ = (want);                                \
        if (got_ != NULL && strcmp(got_, want_) == 0) {                           \
            passed++;                                                             \
        } else {                                                                  \
            failed++;                                                             \
            fprintf(stderr, "FAILED %s:%d: %s == \"%s\", want \"%s\"\n", __FILE__, \
                    __LINE__, #got, got_ ? got_ : "(null)", want_);               \
        }                                                                         \
    } while (0)

/* A heap copy of `len` bytes of `s`, without a terminator. */
static uint8_t *exact(const char *s, size_t len) {
    uint8_t *copy = malloc(len ? len : 1);
    if (copy == NULL) {
        abort();
    }
    memcpy(copy, s, len);
    return copy;
}

static int32_t parse(const char *s, twilio_fqdn_host *out, twilio_fqdn_error_span *span) {
    size_t len = strlen(s);
    uint8_t *input = exact(s, len);
    int32_t rc = twilio_fqdn_parse(input, len, out, span);
    free(input);
    return rc;
}

static int32_t parse_url(const char *s, twilio_fqdn_host *out, twilio_fqdn_error_span *span) {
    size_t len = strlen(s);
    uint8_t *input = exact(s, len);
    int32_t rc = twilio_fqdn_parse_url(input, len, out, span);
    free(input);
    return rc;
}

static int32_t check(const char *s, twilio_fqdn_classification *out, twilio_fqdn_error_span *span) {
    size_t len = strlen(s);
    uint8_t *input = exact(s, len);
    int32_t rc = twilio_fqdn_check(input, len, out, span);
    free(input);
    return rc;
}

static twilio_fqdn_host host_of(uint8_t product, uint8_t edge, uint8_t region) {
    twilio_fqdn_host host = {product, edge, region};
    return host;
}

/* A parse error: its code and span. */
static void expect_parse_error(const char *s, int32_t code, size_t start, size_t end, int line) {
    twilio_fqdn_host host = host_of(7, 7, 7);
    twilio_fqdn_error_span span = {999, 999};
    int32_t rc = parse(s, &host, &span);
    if (rc == code && span.start == start && span.end == end && host.product == 7) {
        passed++;
    } else {
        failed++;
        fprintf(stderr, "FAILED line %d: parse(\"%s\") = %d span [%zu, %zu), want %d [%zu, %zu)\n",
                line, s, rc, span.start, span.end, code, start, end);
    }
}

static void test_version(void) {
    CHECK_EQ_STR(twilio_fqdn_version(), TWILIO_FQDN_VERSION);
}

static void test_parse(void) {
    twilio_fqdn_host host;
    twilio_fqdn_error_span span;

    CHECK_EQ_INT(parse("api.dublin.ie1.twilio.com", &host, &span), TWILIO_FQDN_OK);
    CHECK_EQ_INT(host.product, TWILIO_FQDN_PRODUCT_API);
    CHECK_EQ_INT(host.edge, TWILIO_FQDN_EDGE_DUBLIN);
    CHECK_EQ_INT(host.region, TWILIO_FQDN_REGION_IE1);

    CHECK_EQ_INT(parse("API.Sydney.au1.twilio.com.", &host, NULL), TWILIO_FQDN_OK);
    CHECK_EQ_INT(host.edge, TWILIO_FQDN_EDGE_SYDNEY);
    CHECK_EQ_INT(host.region, TWILIO_FQDN_REGION_AU1);

    CHECK_EQ_INT(parse("video.twilio.com", &host, NULL), TWILIO_FQDN_OK);
    CHECK_EQ_INT(host.product, TWILIO_FQDN_PRODUCT_VIDEO);
    CHECK_EQ_INT(host.edge, TWILIO_FQDN_NONE);
    CHECK_EQ_INT(host.region, TWILIO_FQDN_NONE);

    CHECK_EQ_INT(parse("preview.messaging.twilio.com", &host, NULL), TWILIO_FQDN_OK);
    CHECK_EQ_INT(host.product, TWILIO_FQDN_PRODUCT_PREVIEW_MESSAGING);
    CHECK_EQ_INT(host.region, TWILIO_FQDN_NONE);

    expect_parse_error("api..twilio.com", TWILIO_FQDN_ERR_EMPTY_LABEL, 4, 5, __LINE__);
    expect_parse_error("api_x.twilio.com", TWILIO_FQDN_ERR_INVALID_BYTE, 3, 4, __LINE__);
    expect_parse_error("api\xff.twilio.com", TWILIO_FQDN_ERR_INVALID_BYTE, 3, 4, __LINE__);
    expect_parse_error("foo.twilio.com", TWILIO_FQDN_ERR_UNKNOWN_PRODUCT, 0, 3, __LINE__);
    expect_parse_error("api.mars.twilio.com", TWILIO_FQDN_ERR_UNKNOWN_EDGE_OR_REGION, 4, 8, __LINE__);
    expect_parse_error("api.mars.ie1.twilio.com", TWILIO_FQDN_ERR_UNKNOWN_EDGE, 4, 8, __LINE__);
    expect_parse_error("api.dublin.eu9.twilio.com", TWILIO_FQDN_ERR_UNKNOWN_REGION, 11, 14, __LINE__);
    expect_parse_error("api.example.com", TWILIO_FQDN_ERR_NOT_TWILIO, 4, 5, __LINE__);
    expect_parse_error("twilio.com", TWILIO_FQDN_ERR_MISSING_PRODUCT, 0, 1, __LINE__);
    expect_parse_error("-api.twilio.com", TWILIO_FQDN_ERR_HYPHEN_AT_LABEL_EDGE, 0, 1, __LINE__);
    expect_parse_error("api.a.b.c.twilio.com", TWILIO_FQDN_ERR_TOO_MANY_LABELS, 8, 9, __LINE__);
    expect_parse_error("", TWILIO_FQDN_ERR_EMPTY, 0, 0, __LINE__);

    /* NULL pointers: required ones are errors; *out is left alone. */
    uint8_t *input = exact("api.twilio.com", 14);
    host = host_of(7, 7, 7);
    CHECK_EQ_INT(twilio_fqdn_parse(NULL, 14, &host, NULL), TWILIO_FQDN_ERR_NULL_POINTER);
    CHECK_EQ_INT(twilio_fqdn_parse(NULL, 0, &host, NULL), TWILIO_FQDN_ERR_NULL_POINTER);
    CHECK_EQ_INT(twilio_fqdn_parse(input, 14, NULL, NULL), TWILIO_FQDN_ERR_NULL_POINTER);
    CHECK_EQ_INT(host.product, 7);
    /* A length no object can have is refused before anything is read. */
    CHECK_EQ_INT(twilio_fqdn_parse(input, SIZE_MAX, &host, NULL), TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    /* A prefix of the buffer is a different input: `api.twilio.co`. */
    CHECK_EQ_INT(twilio_fqdn_parse(input, 13, &host, NULL), TWILIO_FQDN_ERR_NOT_TWILIO);
    free(input);
}

/* `api.` + 3 labels of 63 bytes + a label of `last` bytes + `.twilio.com`
 * + `tail`, in a heap block of exactly its length. */
static uint8_t *long_name(size_t last, const char *tail, size_t *len) {
    char name[400];
    size_t at = 0;
    memcpy(name, "api.", 4);
    at = 4;
    for (int label = 0; label < 3; label++) {
        memset(name + at, 'a', 63);
        at += 63;
        name[at++] = '.';
    }
    memset(name + at, 'b', last);
    at += last;
    memcpy(name + at, ".twilio.com", 11);
    at += 11;
    memcpy(name + at, tail, strlen(tail));
    at += strlen(tail);
    *len = at;
    return exact(name, at);
}

static void test_maximum_lengths(void) {
    twilio_fqdn_host host;
    twilio_fqdn_error_span span;
    size_t len;

    /* 253 bytes, the longest name: it parses as far as the labels go. */
    uint8_t *name = long_name(46, "", &len);
    CHECK_EQ_INT(len, 253);
    CHECK_EQ_INT(twilio_fqdn_parse(name, len, &host, &span), TWILIO_FQDN_ERR_TOO_MANY_LABELS);
    free(name);

    /* 253 bytes and the one trailing dot allowed. */
    name = long_name(46, ".", &len);
    CHECK_EQ_INT(len, 254);
    CHECK_EQ_INT(twilio_fqdn_parse(name, len, &host, &span), TWILIO_FQDN_ERR_TOO_MANY_LABELS);
    free(name);

    /* 254 bytes: too long, at byte 253. */
    name = long_name(47, "", &len);
    CHECK_EQ_INT(len, 254);
    CHECK_EQ_INT(twilio_fqdn_parse(name, len, &host, &span), TWILIO_FQDN_ERR_TOO_LONG);
    CHECK_EQ_INT(span.start, 253);
    free(name);

    /* A 64-byte label. */
    char label[80] = "api.";
    memset(label + 4, 'a', 64);
    memcpy(label + 68, ".twilio.com", 12);
    expect_parse_error(label, TWILIO_FQDN_ERR_LABEL_TOO_LONG, 67, 68, __LINE__);

    /* The longest host the tables spell round-trips through the smallest
     * buffer that fits it. */
    twilio_fqdn_host longest = host_of(TWILIO_FQDN_PRODUCT_PREVIEW_MESSAGING,
                                       TWILIO_FQDN_EDGE_SAO_PAULO_IX, TWILIO_FQDN_REGION_US1);
    char *buf = malloc(TWILIO_FQDN_HOST_BUF_SIZE);
    CHECK_EQ_INT(twilio_fqdn_encode(longest, buf, TWILIO_FQDN_HOST_BUF_SIZE),
                 TWILIO_FQDN_HOST_BUF_SIZE - 1);
    CHECK_EQ_STR(buf, "preview.messaging.sao-paulo-ix.us1.twilio.com");
    CHECK_EQ_INT(parse(buf, &host, NULL), TWILIO_FQDN_OK);
    CHECK(memcmp(&host, &longest, sizeof host) == 0);
    CHECK_EQ_INT(twilio_fqdn_encode(longest, buf, TWILIO_FQDN_HOST_BUF_SIZE - 1),
                 TWILIO_FQDN_ERR_BUFFER_TOO_SMALL);
    CHECK_EQ_INT(buf[0], '\0');
    free(buf);
}

static void test_parse_url(void) {
    twilio_fqdn_host host;
    twilio_fqdn_error_span span;

    CHECK_EQ_INT(parse_url("https://user:pw@api.dublin.ie1.twilio.com:443/v1?x#y", &host, &span),
                 TWILIO_FQDN_OK);
    CHECK_EQ_INT(host.product, TWILIO_FQDN_PRODUCT_API);
    CHECK_EQ_INT(host.edge, TWILIO_FQDN_EDGE_DUBLIN);

    /* The userinfo ends at the last '@': this request goes to evil.com. */
    CHECK_EQ_INT(parse_url("https://api.twilio.com@evil.com/", &host, &span),
                 TWILIO_FQDN_ERR_NOT_TWILIO);
    CHECK_EQ_INT(span.start, 23);
    CHECK_EQ_INT(parse_url("ftp://api.twilio.com/", &host, NULL), TWILIO_FQDN_ERR_NOT_HTTP_URL);
    CHECK_EQ_INT(parse_url("https://[::1]/", &host, NULL), TWILIO_FQDN_ERR_IP_LITERAL);
    CHECK_EQ_INT(parse_url("https://api.twilio.com:99999/", &host, NULL), TWILIO_FQDN_ERR_INVALID_PORT);
    CHECK_EQ_INT(parse_url("https://:443/", &host, NULL), TWILIO_FQDN_ERR_EMPTY_HOST);
    /* Bytes that are not UTF-8 are invalid bytes, even past the host. */
    CHECK_EQ_INT(parse_url("https://api.twilio.com/\xff", &host, &span), TWILIO_FQDN_ERR_INVALID_BYTE);
    CHECK_EQ_INT(span.start, 23);
    CHECK_EQ_INT(span.end, 24);
    /* A UTF-8 sequence cut short at the very end. */
    CHECK_EQ_INT(parse_url("https://api.twilio.com/\xe2\x82", &host, &span), TWILIO_FQDN_ERR_INVALID_BYTE);
    CHECK_EQ_INT(span.start, 23);
    /* Valid UTF-8 that is not ASCII, inside the host. */
    CHECK_EQ_INT(parse_url("https://api.tw\xc3\xaflio.com/", &host, &span), TWILIO_FQDN_ERR_INVALID_BYTE);
    CHECK_EQ_INT(span.start, 14);
    CHECK_EQ_INT(parse_url("", &host, NULL), TWILIO_FQDN_ERR_EMPTY);
    CHECK_EQ_INT(twilio_fqdn_parse_url(NULL, 3, &host, NULL), TWILIO_FQDN_ERR_NULL_POINTER);
    uint8_t *url = exact("https://api.twilio.com", 22);
    CHECK_EQ_INT(twilio_fqdn_parse_url(url, 22, NULL, NULL), TWILIO_FQDN_ERR_NULL_POINTER);
    CHECK_EQ_INT(twilio_fqdn_parse_url(url, SIZE_MAX / 2 + 1, &host, NULL),
                 TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    free(url);
}

static void test_check(void) {
    /* README example begin */
    const char *input = "api.ie1.twilio.com";
    twilio_fqdn_classification c;
    twilio_fqdn_error_span span;
    int32_t rc = twilio_fqdn_check((const uint8_t *)input, strlen(input), &c, &span);
    if (rc < 0) {
        fprintf(stderr, "%s: %s at byte %zu\n", input, twilio_fqdn_error_message(rc), span.start);
    } else if (c.severity != TWILIO_FQDN_SEVERITY_OK) {
        char why[TWILIO_FQDN_DESCRIBE_BUF_SIZE];
        twilio_fqdn_describe(c.host, why, sizeof why);
        printf("%s\n", why); /* fail: region-only host for ie1 was retired on 2026-04-28
                                (it processed in us1 whatever the code); use api.dublin.ie1.twilio.com */
    }
    /* README example end */
    char fix[TWILIO_FQDN_HOST_BUF_SIZE];
    CHECK_EQ_INT(twilio_fqdn_encode(c.fix, fix, sizeof fix), 25);
    CHECK_EQ_INT(rc, TWILIO_FQDN_OK);
    CHECK_EQ_INT(c.host.product, TWILIO_FQDN_PRODUCT_API);
    CHECK_EQ_INT(c.host.edge, TWILIO_FQDN_NONE);
    CHECK_EQ_INT(c.host.region, TWILIO_FQDN_REGION_IE1);
    CHECK_EQ_INT(c.form, TWILIO_FQDN_FORM_REGION_ONLY);
    CHECK_EQ_INT(c.severity, TWILIO_FQDN_SEVERITY_FAIL);
    CHECK_EQ_INT(c.reason, TWILIO_FQDN_REASON_RETIRED_REGION_ONLY);
    CHECK_EQ_INT(c.processing_region, TWILIO_FQDN_REGION_US1);
    CHECK_EQ_STR(fix, "api.dublin.ie1.twilio.com");

    CHECK_EQ_INT(check("https://video.twilio.com/v1/Rooms", &c, NULL), TWILIO_FQDN_OK);
    CHECK_EQ_INT(c.form, TWILIO_FQDN_FORM_LEGACY);
    CHECK_EQ_INT(c.severity, TWILIO_FQDN_SEVERITY_OK);
    CHECK_EQ_INT(c.reason, TWILIO_FQDN_REASON_LEGACY);
    CHECK_EQ_INT(c.processing_region, TWILIO_FQDN_REGION_US1);
    CHECK_EQ_INT(c.fix.product, TWILIO_FQDN_NONE);

    CHECK_EQ_INT(check("api.tokyo.jp1.twilio.com", &c, NULL), TWILIO_FQDN_OK);
    CHECK_EQ_INT(c.severity, TWILIO_FQDN_SEVERITY_WARN);
    CHECK_EQ_INT(c.reason, TWILIO_FQDN_REASON_DISPUTED_REGION);
    CHECK_EQ_INT(c.processing_region, TWILIO_FQDN_NONE);

    CHECK_EQ_INT(check("autopilot.twilio.com", &c, NULL), TWILIO_FQDN_OK);
    CHECK_EQ_INT(c.reason, TWILIO_FQDN_REASON_RETIRED_PRODUCT);
    CHECK_EQ_INT(c.fix.product, TWILIO_FQDN_NONE);

    CHECK_EQ_INT(check("conversations.roaming.gll.twilio.com", &c, NULL), TWILIO_FQDN_OK);
    CHECK_EQ_INT(c.reason, TWILIO_FQDN_REASON_NEVER_A_REGION);
    CHECK_EQ_INT(c.fix.product, TWILIO_FQDN_PRODUCT_CONVERSATIONS);
    CHECK_EQ_INT(c.fix.edge, TWILIO_FQDN_NONE);

    CHECK_EQ_INT(check("https://api.twilio.com@evil.com/", &c, &span), TWILIO_FQDN_ERR_NOT_TWILIO);
    CHECK_EQ_INT(check("api.twilio.com\xc3", &c, &span), TWILIO_FQDN_ERR_INVALID_BYTE);
    CHECK_EQ_INT(span.start, 14);
    CHECK_EQ_INT(check("https://api.twilio.com/\xff", &c, &span), TWILIO_FQDN_ERR_INVALID_BYTE);
    CHECK_EQ_INT(span.start, 23);
    CHECK_EQ_INT(check("", &c, NULL), TWILIO_FQDN_ERR_EMPTY);
    CHECK_EQ_INT(twilio_fqdn_check(NULL, 1, &c, NULL), TWILIO_FQDN_ERR_NULL_POINTER);
    uint8_t *in = exact("api.twilio.com", 14);
    CHECK_EQ_INT(twilio_fqdn_check(in, 14, NULL, NULL), TWILIO_FQDN_ERR_NULL_POINTER);
    free(in);
}

static void test_classify(void) {
    twilio_fqdn_classification c;
    CHECK_EQ_INT(twilio_fqdn_classify(host_of(TWILIO_FQDN_PRODUCT_MESSAGING, TWILIO_FQDN_EDGE_DUBLIN,
                                              TWILIO_FQDN_REGION_IE1), &c),
                 TWILIO_FQDN_OK);
    CHECK_EQ_INT(c.reason, TWILIO_FQDN_REASON_DOCUMENTED_PAIR);
    CHECK_EQ_INT(c.processing_region, TWILIO_FQDN_REGION_IE1);

    CHECK_EQ_INT(twilio_fqdn_classify(host_of(TWILIO_FQDN_PRODUCT_API, TWILIO_FQDN_EDGE_FRANKFURT,
                                              TWILIO_FQDN_NONE), &c),
                 TWILIO_FQDN_OK);
    CHECK_EQ_INT(c.form, TWILIO_FQDN_FORM_EDGE_ONLY);
    CHECK_EQ_INT(c.reason, TWILIO_FQDN_REASON_EDGE_WITHOUT_REGION);
    CHECK_EQ_INT(c.fix.region, TWILIO_FQDN_REGION_US1);

    /* Codes that name nothing. */
    CHECK_EQ_INT(twilio_fqdn_classify(host_of(TWILIO_FQDN_PRODUCT_COUNT, TWILIO_FQDN_NONE,
                                              TWILIO_FQDN_NONE), &c),
                 TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    CHECK_EQ_INT(twilio_fqdn_classify(host_of(TWILIO_FQDN_NONE, TWILIO_FQDN_NONE, TWILIO_FQDN_NONE), &c),
                 TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    CHECK_EQ_INT(twilio_fqdn_classify(host_of(0, TWILIO_FQDN_EDGE_COUNT, TWILIO_FQDN_NONE), &c),
                 TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    CHECK_EQ_INT(twilio_fqdn_classify(host_of(0, TWILIO_FQDN_NONE, 0xFE), &c),
                 TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    CHECK_EQ_INT(twilio_fqdn_classify(host_of(0, TWILIO_FQDN_NONE, TWILIO_FQDN_NONE), NULL),
                 TWILIO_FQDN_ERR_NULL_POINTER);
}

static void test_encode_and_describe(void) {
    char buf[TWILIO_FQDN_DESCRIBE_BUF_SIZE];
    twilio_fqdn_host ie1 = host_of(TWILIO_FQDN_PRODUCT_API, TWILIO_FQDN_NONE, TWILIO_FQDN_REGION_IE1);

    CHECK_EQ_INT(twilio_fqdn_encode(ie1, buf, sizeof buf), 18);
    CHECK_EQ_STR(buf, "api.ie1.twilio.com");

    const char *sentence =
        "fail: region-only host for ie1 was retired on 2026-04-28 "
        "(it processed in us1 whatever the code); use api.dublin.ie1.twilio.com";
    CHECK_EQ_INT(twilio_fqdn_describe(ie1, buf, sizeof buf), (long long)strlen(sentence));
    CHECK_EQ_STR(buf, sentence);
    /* One byte short of the NUL: too small, and buf[0] is cleared. */
    CHECK_EQ_INT(twilio_fqdn_describe(ie1, buf, strlen(sentence)), TWILIO_FQDN_ERR_BUFFER_TOO_SMALL);
    CHECK_EQ_INT(buf[0], '\0');

    /* A zero capacity writes nothing at all (ASan watches the 1-byte block). */
    char *one = malloc(1);
    one[0] = 'x';
    CHECK_EQ_INT(twilio_fqdn_encode(ie1, one, 0), TWILIO_FQDN_ERR_BUFFER_TOO_SMALL);
    CHECK_EQ_INT(one[0], 'x');
    CHECK_EQ_INT(twilio_fqdn_encode(ie1, one, 1), TWILIO_FQDN_ERR_BUFFER_TOO_SMALL);
    CHECK_EQ_INT(one[0], '\0');
    CHECK_EQ_INT(twilio_fqdn_describe(ie1, one, 1), TWILIO_FQDN_ERR_BUFFER_TOO_SMALL);
    free(one);

    CHECK_EQ_INT(twilio_fqdn_encode(ie1, NULL, 64), TWILIO_FQDN_ERR_NULL_POINTER);
    CHECK_EQ_INT(twilio_fqdn_describe(ie1, NULL, 64), TWILIO_FQDN_ERR_NULL_POINTER);
    CHECK_EQ_INT(twilio_fqdn_encode(ie1, buf, SIZE_MAX), TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    buf[0] = 'x';
    CHECK_EQ_INT(twilio_fqdn_encode(host_of(200, TWILIO_FQDN_NONE, TWILIO_FQDN_NONE), buf, sizeof buf),
                 TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    CHECK_EQ_INT(buf[0], '\0');
    CHECK_EQ_INT(twilio_fqdn_describe(host_of(0, 200, TWILIO_FQDN_NONE), buf, sizeof buf),
                 TWILIO_FQDN_ERR_INVALID_ARGUMENT);
}

static void test_messages_and_names(void) {
    static const int32_t codes[] = {
        TWILIO_FQDN_OK, TWILIO_FQDN_ERR_NULL_POINTER, TWILIO_FQDN_ERR_BUFFER_TOO_SMALL,
        TWILIO_FQDN_ERR_INVALID_ARGUMENT, TWILIO_FQDN_ERR_OVERLAP,
        TWILIO_FQDN_ERR_EMPTY, TWILIO_FQDN_ERR_TOO_LONG, TWILIO_FQDN_ERR_EMPTY_LABEL,
        TWILIO_FQDN_ERR_LABEL_TOO_LONG, TWILIO_FQDN_ERR_INVALID_BYTE,
        TWILIO_FQDN_ERR_HYPHEN_AT_LABEL_EDGE, TWILIO_FQDN_ERR_NOT_TWILIO,
        TWILIO_FQDN_ERR_MISSING_PRODUCT, TWILIO_FQDN_ERR_UNKNOWN_PRODUCT,
        TWILIO_FQDN_ERR_UNKNOWN_EDGE, TWILIO_FQDN_ERR_UNKNOWN_REGION,
        TWILIO_FQDN_ERR_UNKNOWN_EDGE_OR_REGION, TWILIO_FQDN_ERR_TOO_MANY_LABELS,
        TWILIO_FQDN_ERR_NOT_HTTP_URL, TWILIO_FQDN_ERR_EMPTY_HOST, TWILIO_FQDN_ERR_IP_LITERAL,
        TWILIO_FQDN_ERR_INVALID_PORT, TWILIO_FQDN_ERR_PARSE_OTHER,
        TWILIO_FQDN_ERR_INVALID_EDGE_VALUE, TWILIO_FQDN_ERR_INVALID_REGION_VALUE,
        TWILIO_FQDN_ERR_REFUSED, TWILIO_FQDN_ERR_BAD_PATH, TWILIO_FQDN_ERR_REWRITE_OTHER,
    };
    const char *unknown = twilio_fqdn_error_message(12345);
    CHECK_EQ_STR(unknown, "unknown return code");
    CHECK_EQ_STR(twilio_fqdn_error_message(INT32_MIN), "unknown return code");
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        const char *m = twilio_fqdn_error_message(codes[i]);
        CHECK(m != NULL && m[0] != '\0' && strcmp(m, unknown) != 0);
        /* Each message is its own. */
        for (size_t j = 0; j < i; j++) {
            CHECK(strcmp(m, twilio_fqdn_error_message(codes[j])) != 0);
        }
    }
    CHECK_EQ_STR(twilio_fqdn_error_message(TWILIO_FQDN_OK), "ok");
    CHECK_EQ_STR(twilio_fqdn_error_message(TWILIO_FQDN_ERR_EMPTY_LABEL), "empty label");

    const char *unknown_reason = twilio_fqdn_reason_message(200);
    CHECK_EQ_STR(unknown_reason, "unknown reason code");
    for (int r = 0; r <= TWILIO_FQDN_REASON_NOT_PROCESSING_REGION; r++) {
        CHECK(strcmp(twilio_fqdn_reason_message((uint8_t)r), unknown_reason) != 0);
    }
    CHECK(strcmp(twilio_fqdn_reason_message(TWILIO_FQDN_REASON_OTHER), unknown_reason) != 0);
    CHECK_EQ_STR(twilio_fqdn_reason_message(TWILIO_FQDN_REASON_NOT_PROCESSING_REGION + 1),
                 "unknown reason code");

    CHECK_EQ_STR(twilio_fqdn_product_name(TWILIO_FQDN_PRODUCT_API), "api");
    CHECK_EQ_STR(twilio_fqdn_product_name(TWILIO_FQDN_PRODUCT_PREVIEW_MESSAGING), "preview.messaging");
    CHECK_EQ_STR(twilio_fqdn_product_name(TWILIO_FQDN_PRODUCT_FLEX_API), "flex-api");
    CHECK(twilio_fqdn_product_name(TWILIO_FQDN_PRODUCT_COUNT) == NULL);
    CHECK(twilio_fqdn_product_name(TWILIO_FQDN_NONE) == NULL);
    CHECK_EQ_STR(twilio_fqdn_edge_name(TWILIO_FQDN_EDGE_SAO_PAULO_IX), "sao-paulo-ix");
    CHECK(twilio_fqdn_edge_name(TWILIO_FQDN_EDGE_COUNT) == NULL);
    CHECK_EQ_STR(twilio_fqdn_region_name(TWILIO_FQDN_REGION_GLL), "gll");
    CHECK(twilio_fqdn_region_name(TWILIO_FQDN_REGION_COUNT) == NULL);
}

/* A rewrite of `url` with the target values; the URL is in an exact block. */
static int32_t rewrite(const char *url, const char *edge, const char *region, char *buf, size_t cap,
                       size_t *needed, twilio_fqdn_error_span *span) {
    size_t len = strlen(url);
    uint8_t *input = exact(url, len);
    twilio_fqdn_target target = {(const uint8_t *)edge, edge ? strlen(edge) : 0,
                                 (const uint8_t *)region, region ? strlen(region) : 0};
    int32_t rc = twilio_fqdn_rewrite(input, len, &target, buf, cap, needed, span);
    free(input);
    return rc;
}

static void test_rewrite(void) {
    char buf[256];
    size_t needed = 0;
    twilio_fqdn_error_span span = {0, 0};

    /* As every helper library does: region alone, edge alone gets us1. */
    CHECK_EQ_INT(rewrite("https://api.twilio.com/v1/Calls", NULL, "ie1", buf, sizeof buf, NULL, NULL),
                 (long long)strlen("https://api.ie1.twilio.com/v1/Calls"));
    CHECK_EQ_STR(buf, "https://api.ie1.twilio.com/v1/Calls");
    CHECK(rewrite("https://video.twilio.com/v1/Rooms", "frankfurt", "", buf, sizeof buf, NULL, NULL) > 0);
    CHECK_EQ_STR(buf, "https://video.frankfurt.us1.twilio.com/v1/Rooms");
    CHECK(rewrite("https://user:pass@API.twilio.com:8443/v1?x=1#y", "edge", "region", buf, sizeof buf,
                  NULL, NULL) > 0);
    CHECK_EQ_STR(buf, "https://user:pass@api.edge.region.twilio.com:8443/v1?x=1#y");
    /* Not Twilio: unchanged. */
    CHECK(rewrite("https://example.com/x", NULL, "ie1", buf, sizeof buf, NULL, NULL) > 0);
    CHECK_EQ_STR(buf, "https://example.com/x");

    /* Values that would point the URL elsewhere. */
    CHECK_EQ_INT(rewrite("https://api.twilio.com", "x@evil", NULL, buf, sizeof buf, NULL, &span),
                 TWILIO_FQDN_ERR_INVALID_EDGE_VALUE);
    CHECK_EQ_INT(span.start, 1);
    CHECK_EQ_INT(buf[0], '\0');
    CHECK_EQ_INT(rewrite("https://api.twilio.com", NULL, "evil.com/x", buf, sizeof buf, NULL, &span),
                 TWILIO_FQDN_ERR_INVALID_REGION_VALUE);
    CHECK_EQ_INT(span.start, 4);
    CHECK_EQ_INT(rewrite("https://api.twilio.com", "\xff", NULL, buf, sizeof buf, NULL, &span),
                 TWILIO_FQDN_ERR_INVALID_EDGE_VALUE);
    CHECK_EQ_INT(span.start, 0);
    CHECK_EQ_INT(rewrite("ftp://api.twilio.com", NULL, "ie1", buf, sizeof buf, NULL, &span),
                 TWILIO_FQDN_ERR_NOT_HTTP_URL);
    CHECK_EQ_INT(rewrite("https://api.twilio.com/\xff", NULL, "ie1", buf, sizeof buf, NULL, &span),
                 TWILIO_FQDN_ERR_INVALID_BYTE);
    CHECK_EQ_INT(span.start, 23);

    /* Short buffers say what fits: 26 bytes and the NUL. */
    CHECK_EQ_INT(rewrite("https://api.twilio.com", NULL, "ie1", buf, 10, &needed, NULL),
                 TWILIO_FQDN_ERR_BUFFER_TOO_SMALL);
    CHECK_EQ_INT(needed, 27);
    needed = 0;
    CHECK_EQ_INT(rewrite("https://api.twilio.com", NULL, "ie1", buf, 26, &needed, NULL),
                 TWILIO_FQDN_ERR_BUFFER_TOO_SMALL);
    CHECK_EQ_INT(needed, 27);
    char *exact_buf = malloc(27);
    CHECK_EQ_INT(rewrite("https://api.twilio.com", NULL, "ie1", exact_buf, 27, &needed, NULL), 26);
    CHECK_EQ_STR(exact_buf, "https://api.ie1.twilio.com");
    free(exact_buf);
    char *one = malloc(1);
    one[0] = 'x';
    needed = 0;
    CHECK_EQ_INT(rewrite("https://api.twilio.com", NULL, "ie1", one, 0, &needed, NULL),
                 TWILIO_FQDN_ERR_BUFFER_TOO_SMALL);
    CHECK_EQ_INT(needed, 27);
    CHECK_EQ_INT(one[0], 'x');
    free(one);

    /* Input inside the output buffer. */
    char shared[64] = "https://api.twilio.com";
    twilio_fqdn_target ie1 = {NULL, 0, (const uint8_t *)"ie1", 3};
    CHECK_EQ_INT(twilio_fqdn_rewrite((const uint8_t *)shared, 22, &ie1, shared + 10, 40, NULL, NULL),
                 TWILIO_FQDN_ERR_OVERLAP);
    twilio_fqdn_target inside = {NULL, 0, (const uint8_t *)shared + 30, 3};
    memcpy(shared + 30, "ie1", 3);
    CHECK_EQ_INT(twilio_fqdn_rewrite((const uint8_t *)"https://api.twilio.com", 22, &inside,
                                     shared + 28, 30, NULL, NULL),
                 TWILIO_FQDN_ERR_OVERLAP);

    uint8_t *url = exact("https://api.twilio.com", 22);
    CHECK_EQ_INT(twilio_fqdn_rewrite(url, 22, NULL, buf, sizeof buf, NULL, NULL), TWILIO_FQDN_ERR_NULL_POINTER);
    CHECK_EQ_INT(twilio_fqdn_rewrite(url, 22, &ie1, NULL, 64, NULL, NULL), TWILIO_FQDN_ERR_NULL_POINTER);
    CHECK_EQ_INT(twilio_fqdn_rewrite(NULL, 22, &ie1, buf, sizeof buf, NULL, NULL), TWILIO_FQDN_ERR_NULL_POINTER);
    CHECK_EQ_INT(twilio_fqdn_rewrite(url, SIZE_MAX, &ie1, buf, sizeof buf, NULL, NULL),
                 TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    /* A zero-length value is "not set", as an empty TWILIO_REGION is. */
    twilio_fqdn_target empty = {(const uint8_t *)"", 0, (const uint8_t *)"", 0};
    CHECK_EQ_INT(twilio_fqdn_rewrite(url, 22, &empty, buf, sizeof buf, NULL, NULL), 22);
    CHECK_EQ_STR(buf, "https://api.twilio.com");
    free(url);
}

static void test_rewrite_strict(void) {
    char buf[256];
    size_t needed = 0;
    twilio_fqdn_classification refused;
    twilio_fqdn_strict_target dublin_ie1 = {TWILIO_FQDN_EDGE_DUBLIN, TWILIO_FQDN_REGION_IE1};
    twilio_fqdn_strict_target ie1_alone = {TWILIO_FQDN_NONE, TWILIO_FQDN_REGION_IE1};
    const char *calls = "https://api.twilio.com/v1/Calls";
    uint8_t *url = exact(calls, strlen(calls));

    CHECK(twilio_fqdn_rewrite_strict(url, strlen(calls), dublin_ie1, buf, sizeof buf, NULL, NULL, NULL) > 0);
    CHECK_EQ_STR(buf, "https://api.dublin.ie1.twilio.com/v1/Calls");

    /* Region without its edge: the libraries' #1 bug report, refused with the fix. */
    memset(&refused, 0xAA, sizeof refused);
    CHECK_EQ_INT(twilio_fqdn_rewrite_strict(url, strlen(calls), ie1_alone, buf, sizeof buf, NULL,
                                            &refused, NULL),
                 TWILIO_FQDN_ERR_REFUSED);
    CHECK_EQ_INT(buf[0], '\0');
    CHECK_EQ_INT(refused.host.region, TWILIO_FQDN_REGION_IE1);
    CHECK_EQ_INT(refused.host.edge, TWILIO_FQDN_NONE);
    CHECK_EQ_INT(refused.severity, TWILIO_FQDN_SEVERITY_FAIL);
    CHECK_EQ_INT(refused.fix.edge, TWILIO_FQDN_EDGE_DUBLIN);
    CHECK_EQ_INT(refused.fix.region, TWILIO_FQDN_REGION_IE1);

    CHECK_EQ_INT(twilio_fqdn_rewrite_strict(url, strlen(calls), dublin_ie1, buf, 20, &needed, NULL, NULL),
                 TWILIO_FQDN_ERR_BUFFER_TOO_SMALL);
    CHECK_EQ_INT(needed, strlen("https://api.dublin.ie1.twilio.com/v1/Calls") + 1);

    twilio_fqdn_strict_target bad = {TWILIO_FQDN_EDGE_COUNT, TWILIO_FQDN_NONE};
    CHECK_EQ_INT(twilio_fqdn_rewrite_strict(url, strlen(calls), bad, buf, sizeof buf, NULL, NULL, NULL),
                 TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    CHECK_EQ_INT(twilio_fqdn_rewrite_strict(NULL, 3, dublin_ie1, buf, sizeof buf, NULL, NULL, NULL),
                 TWILIO_FQDN_ERR_NULL_POINTER);
    CHECK_EQ_INT(twilio_fqdn_rewrite_strict(url, strlen(calls), dublin_ie1, NULL, 9, NULL, NULL, NULL),
                 TWILIO_FQDN_ERR_NULL_POINTER);
    free(url);
}

static void test_availability(void) {
    twilio_fqdn_availability a;
    twilio_fqdn_error_span span;
    const char *push = "/v1/Credentials";
    uint8_t *path = exact(push, strlen(push));
    /* "supported only in US1" */
    CHECK_EQ_INT(twilio_fqdn_availability_lookup(TWILIO_FQDN_PRODUCT_NOTIFY, path, strlen(push), &a, NULL),
                 TWILIO_FQDN_OK);
    CHECK_EQ_INT(a.product, TWILIO_FQDN_PRODUCT_NOTIFY);
    CHECK_EQ_INT(a.levels[0], TWILIO_FQDN_LEVEL_GA);
    CHECK_EQ_INT(a.levels[1], TWILIO_FQDN_LEVEL_NO);
    CHECK_EQ_INT(a.levels[2], TWILIO_FQDN_LEVEL_NO);
    CHECK_EQ_INT(a.has_row, 1);
    free(path);

    const char *sms = "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json";
    path = exact(sms, strlen(sms));
    CHECK_EQ_INT(twilio_fqdn_availability_lookup(TWILIO_FQDN_PRODUCT_API, path, strlen(sms), &a, NULL),
                 TWILIO_FQDN_OK);
    CHECK_EQ_INT(a.levels[1], TWILIO_FQDN_LEVEL_GA);
    CHECK_EQ_INT(a.levels[2], TWILIO_FQDN_LEVEL_NO);
    CHECK_EQ_INT(twilio_fqdn_availability_lookup(TWILIO_FQDN_PRODUCT_COUNT, path, strlen(sms), &a, NULL),
                 TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    CHECK_EQ_INT(twilio_fqdn_availability_lookup(TWILIO_FQDN_PRODUCT_API, path, strlen(sms), NULL, NULL),
                 TWILIO_FQDN_ERR_NULL_POINTER);
    free(path);

    path = exact("v1/Calls", 8);
    CHECK_EQ_INT(twilio_fqdn_availability_lookup(TWILIO_FQDN_PRODUCT_API, path, 8, &a, &span),
                 TWILIO_FQDN_ERR_BAD_PATH);
    CHECK_EQ_INT(span.start, 0);
    free(path);
    CHECK_EQ_INT(twilio_fqdn_availability_lookup(TWILIO_FQDN_PRODUCT_API, NULL, 0, &a, NULL),
                 TWILIO_FQDN_ERR_NULL_POINTER);
}

static int32_t policy_check(const char *input, const twilio_fqdn_policy *policy,
                            twilio_fqdn_decision *out, twilio_fqdn_error_span *span) {
    size_t len = strlen(input);
    uint8_t *bytes = exact(input, len);
    int32_t rc = twilio_fqdn_policy_check(bytes, len, policy, out, span);
    free(bytes);
    return rc;
}

static void test_policy(void) {
    twilio_fqdn_policy eu = {1u << TWILIO_FQDN_REGION_IE1, 0, TWILIO_FQDN_REGION_IE1};
    twilio_fqdn_decision d;
    twilio_fqdn_error_span span;
    char why[TWILIO_FQDN_DESCRIBE_BUF_SIZE];

    CHECK_EQ_INT(policy_check("https://api.dublin.ie1.twilio.com/2010-04-01/Accounts/"
                              "AC0123456789abcdef0123456789abcdef/Messages.json",
                              &eu, &d, NULL),
                 TWILIO_FQDN_OK);
    CHECK_EQ_INT(d.allowed, 1);
    CHECK_EQ_INT(d.why, TWILIO_FQDN_DECISION_ALLOW_ENDPOINT);
    CHECK_EQ_INT(d.region, TWILIO_FQDN_REGION_IE1);
    CHECK_EQ_INT(d.level, TWILIO_FQDN_LEVEL_GA);
    CHECK_EQ_INT(d.error, TWILIO_FQDN_OK);

    /* Notify push credentials are us1-only: nowhere allowed offers them. */
    const char *push = "https://notify.twilio.com/v1/Credentials";
    CHECK_EQ_INT(policy_check(push, &eu, &d, NULL), TWILIO_FQDN_OK);
    CHECK_EQ_INT(d.allowed, 0);
    CHECK_EQ_INT(d.why, TWILIO_FQDN_DECISION_DENY_REGION_NOT_ALLOWED);
    CHECK_EQ_INT(d.region, TWILIO_FQDN_REGION_US1);
    CHECK_EQ_INT(d.instead.product, TWILIO_FQDN_NONE);
    uint8_t *bytes = exact(push, strlen(push));
    CHECK(twilio_fqdn_policy_describe(bytes, strlen(push), &eu, why, sizeof why) > 0);
    CHECK_EQ_STR(why, "deny: processed in us1, which the policy does not allow; "
                      "no allowed region offers this endpoint");
    CHECK_EQ_INT(twilio_fqdn_policy_describe(bytes, strlen(push), &eu, why, 5),
                 TWILIO_FQDN_ERR_BUFFER_TOO_SMALL);
    CHECK_EQ_INT(twilio_fqdn_policy_describe(bytes, strlen(push), NULL, why, sizeof why),
                 TWILIO_FQDN_ERR_NULL_POINTER);
    free(bytes);

    /* A retired region-only host fails: denied, with the fix. */
    CHECK_EQ_INT(policy_check("https://api.ie1.twilio.com/2010-04-01/Accounts", &eu, &d, NULL), TWILIO_FQDN_OK);
    CHECK_EQ_INT(d.why, TWILIO_FQDN_DECISION_DENY_HOST_FAILS);
    CHECK_EQ_INT(d.instead.edge, TWILIO_FQDN_EDGE_DUBLIN);

    /* Hosts outside Twilio: the policy decides. */
    CHECK_EQ_INT(policy_check("https://example.com/", &eu, &d, NULL), TWILIO_FQDN_OK);
    CHECK_EQ_INT(d.why, TWILIO_FQDN_DECISION_DENY_NON_TWILIO);
    twilio_fqdn_policy open = {1u << TWILIO_FQDN_REGION_US1, 1, TWILIO_FQDN_NONE};
    CHECK_EQ_INT(policy_check("https://example.com/", &open, &d, NULL), TWILIO_FQDN_OK);
    CHECK_EQ_INT(d.allowed, 1);
    CHECK_EQ_INT(d.why, TWILIO_FQDN_DECISION_ALLOW_NON_TWILIO);

    /* Unparsable input is denied with the error and where it is. */
    CHECK_EQ_INT(policy_check("https://api.twilio.com/\xff", &open, &d, &span), TWILIO_FQDN_OK);
    CHECK_EQ_INT(d.why, TWILIO_FQDN_DECISION_DENY_UNPARSABLE);
    CHECK_EQ_INT(d.error, TWILIO_FQDN_ERR_INVALID_BYTE);
    CHECK_EQ_INT(span.start, 23);
    CHECK_EQ_INT(policy_check("https://api.twilio.com/v1/%2e%2e/x", &open, &d, &span), TWILIO_FQDN_OK);
    CHECK_EQ_INT(d.why, TWILIO_FQDN_DECISION_DENY_BAD_PATH);
    CHECK_EQ_INT(d.error, TWILIO_FQDN_ERR_BAD_PATH);

    /* Policies that name nothing. */
    twilio_fqdn_policy bad = {1u << 15, 0, TWILIO_FQDN_NONE};
    CHECK_EQ_INT(policy_check("api.twilio.com", &bad, &d, NULL), TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    bad.allowed_regions = 1u << TWILIO_FQDN_REGION_US1;
    bad.credential_region = TWILIO_FQDN_REGION_DE1;
    CHECK_EQ_INT(policy_check("api.twilio.com", &bad, &d, NULL), TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    bad.credential_region = TWILIO_FQDN_NONE;
    bad.allow_non_twilio = 2;
    CHECK_EQ_INT(policy_check("api.twilio.com", &bad, &d, NULL), TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    CHECK_EQ_INT(policy_check("api.twilio.com", NULL, &d, NULL), TWILIO_FQDN_ERR_NULL_POINTER);
    CHECK_EQ_INT(policy_check("api.twilio.com", &open, NULL, NULL), TWILIO_FQDN_ERR_NULL_POINTER);
    CHECK_EQ_INT(twilio_fqdn_policy_check(NULL, 0, &open, &d, NULL), TWILIO_FQDN_ERR_NULL_POINTER);
}

static void test_label_codes(void) {
    CHECK_EQ_INT(twilio_fqdn_edge_code((const uint8_t *)"Dublin", 6), TWILIO_FQDN_EDGE_DUBLIN);
    CHECK_EQ_INT(twilio_fqdn_edge_code((const uint8_t *)"osaka", 5), TWILIO_FQDN_ERR_UNKNOWN_EDGE);
    CHECK_EQ_INT(twilio_fqdn_region_code((const uint8_t *)"IE1", 3), TWILIO_FQDN_REGION_IE1);
    CHECK_EQ_INT(twilio_fqdn_region_code((const uint8_t *)"eu1", 3), TWILIO_FQDN_ERR_UNKNOWN_REGION);
    CHECK_EQ_INT(twilio_fqdn_product_code((const uint8_t *)"preview.messaging", 17),
                 TWILIO_FQDN_PRODUCT_PREVIEW_MESSAGING);
    CHECK_EQ_INT(twilio_fqdn_product_code((const uint8_t *)"", 0), TWILIO_FQDN_ERR_UNKNOWN_PRODUCT);
    CHECK_EQ_INT(twilio_fqdn_product_code(NULL, 0), TWILIO_FQDN_ERR_NULL_POINTER);
    /* Every label's name maps back to its code. */
    for (int p = 0; p < TWILIO_FQDN_PRODUCT_COUNT; p++) {
        const char *name = twilio_fqdn_product_name((uint8_t)p);
        CHECK_EQ_INT(twilio_fqdn_product_code((const uint8_t *)name, strlen(name)), p);
    }
    for (int e = 0; e < TWILIO_FQDN_EDGE_COUNT; e++) {
        const char *name = twilio_fqdn_edge_name((uint8_t)e);
        CHECK_EQ_INT(twilio_fqdn_edge_code((const uint8_t *)name, strlen(name)), e);
    }
    for (int r = 0; r < TWILIO_FQDN_REGION_COUNT; r++) {
        const char *name = twilio_fqdn_region_name((uint8_t)r);
        CHECK_EQ_INT(twilio_fqdn_region_code((const uint8_t *)name, strlen(name)), r);
    }
}

/*
 * Every host the tables can spell: classify, encode, parse back, check the
 * text, and compare. Returns the number of mismatches; `longest_sentence`
 * receives the longest describe() output.
 */
static int round_trip_all(size_t *longest_sentence) {
    int mismatches = 0;
    char text[TWILIO_FQDN_HOST_BUF_SIZE];
    char sentence[TWILIO_FQDN_DESCRIBE_BUF_SIZE];
    *longest_sentence = 0;
    for (int p = 0; p < TWILIO_FQDN_PRODUCT_COUNT; p++) {
        for (int e = -1; e < TWILIO_FQDN_EDGE_COUNT; e++) {
            for (int r = -1; r < TWILIO_FQDN_REGION_COUNT; r++) {
                twilio_fqdn_host host = host_of((uint8_t)p, e < 0 ? TWILIO_FQDN_NONE : (uint8_t)e,
                                                r < 0 ? TWILIO_FQDN_NONE : (uint8_t)r);
                twilio_fqdn_classification by_codes, by_text;
                twilio_fqdn_host parsed;
                int32_t len = twilio_fqdn_encode(host, text, sizeof text);
                int32_t described = twilio_fqdn_describe(host, sentence, sizeof sentence);
                int ok = len > 0 && (size_t)len == strlen(text) && described > 0 &&
                         twilio_fqdn_classify(host, &by_codes) == TWILIO_FQDN_OK &&
                         twilio_fqdn_parse((const uint8_t *)text, (size_t)len, &parsed, NULL) ==
                             TWILIO_FQDN_OK &&
                         memcmp(&parsed, &host, sizeof host) == 0 &&
                         twilio_fqdn_check((const uint8_t *)text, (size_t)len, &by_text, NULL) ==
                             TWILIO_FQDN_OK &&
                         memcmp(&by_codes, &by_text, sizeof by_codes) == 0 &&
                         by_codes.reason != TWILIO_FQDN_REASON_OTHER;
                if (ok) {
                    /* Every decision sentence about every host fits too. */
                    static const twilio_fqdn_policy policies[] = {
                        {1u << TWILIO_FQDN_REGION_IE1, 0, TWILIO_FQDN_REGION_IE1},
                        {1u << TWILIO_FQDN_REGION_AU1, 0, TWILIO_FQDN_REGION_US1},
                        {(1u << TWILIO_FQDN_REGION_US1) | (1u << TWILIO_FQDN_REGION_IE1), 1,
                         TWILIO_FQDN_NONE},
                    };
                    for (size_t i = 0; ok && i < sizeof policies / sizeof policies[0]; i++) {
                        twilio_fqdn_decision decision;
                        int32_t n = twilio_fqdn_policy_describe((const uint8_t *)text, (size_t)len,
                                                                &policies[i], sentence, sizeof sentence);
                        ok = n > 0 && twilio_fqdn_policy_check((const uint8_t *)text, (size_t)len,
                                                               &policies[i], &decision, NULL) ==
                                          TWILIO_FQDN_OK &&
                             (strncmp(sentence, "allow", 5) == 0) == (decision.allowed == 1) &&
                             (decision.why < 64) == (decision.allowed == 1) &&
                             decision.why != TWILIO_FQDN_DECISION_ALLOW_OTHER &&
                             decision.why != TWILIO_FQDN_DECISION_DENY_OTHER;
                        if (n > 0 && (size_t)n > *longest_sentence) {
                            *longest_sentence = (size_t)n;
                        }
                    }
                }
                if (ok && by_codes.fix.product != TWILIO_FQDN_NONE) {
                    /* A fix is a host that works. */
                    twilio_fqdn_classification fixed;
                    ok = twilio_fqdn_classify(by_codes.fix, &fixed) == TWILIO_FQDN_OK &&
                         fixed.severity == TWILIO_FQDN_SEVERITY_OK;
                }
                if (!ok) {
                    mismatches++;
                    fprintf(stderr, "round trip failed for codes %d/%d/%d (%s)\n", p, e, r, text);
                }
                if (described > 0 && (size_t)described > *longest_sentence) {
                    *longest_sentence = (size_t)described;
                }
            }
        }
    }
    return mismatches;
}

static void *round_trip_thread(void *result) {
    size_t longest;
    *(int *)result = round_trip_all(&longest);
    return NULL;
}

static void test_every_host(void) {
    size_t longest;
    CHECK_EQ_INT(round_trip_all(&longest), 0);
    CHECK(longest < TWILIO_FQDN_DESCRIBE_BUF_SIZE);
    printf("longest describe() or policy_describe() sentence: %zu bytes\n", longest);
}

/* The same work on four threads at once: no shared state to trip over. */
static void test_threads(void) {
    pthread_t threads[4];
    int results[4];
    for (int i = 0; i < 4; i++) {
        results[i] = -1;
        CHECK_EQ_INT(pthread_create(&threads[i], NULL, round_trip_thread, &results[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        CHECK_EQ_INT(pthread_join(threads[i], NULL), 0);
        CHECK_EQ_INT(results[i], 0);
    }
}

int main(void) {
    test_version();
    test_parse();
    test_maximum_lengths();
    test_parse_url();
    test_check();
    test_classify();
    test_encode_and_describe();
    test_messages_and_names();
    test_rewrite();
    test_rewrite_strict();
    test_availability();
    test_policy();
    test_label_codes();
    test_every_host();
    test_threads();
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
