//! The C side of the ABI, checked from Rust:
//!
//! 1. The hand-written header agrees with this crate: every constant's
//!    value, every struct's size, alignment and field offsets, and every
//!    prototype (a generated C file asserts them and must compile with
//!    `-Werror`; each prototype is type-checked here against the Rust
//!    function), and the header declares exactly the names the crate has.
//! 2. `tests/c_api.c` passes, linked against the static library and run
//!    under `-fsanitize=address,undefined`.

use std::collections::BTreeSet;
use std::ffi::c_char;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use twilio_fqdn::{Edge, Product, Region};
use twilio_fqdn_ffi::*;

fn ffi_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn header() -> String {
    std::fs::read_to_string(ffi_dir().join("include/twilio_fqdn.h")).expect("read the header")
}

/// A scratch directory of this test run.
fn scratch() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ffi-c");
    std::fs::create_dir_all(&dir).expect("create the scratch dir");
    dir
}

/// Runs a command, failing the test with its output when it fails.
fn run(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    print!("{stdout}");
    eprint!("{stderr}");
    assert!(out.status.success(), "{cmd:?} failed: {}", out.status);
    stdout
}

/// The C spelling of each type that crosses the boundary.
trait CType {
    const C: &'static str;
}

macro_rules! c_types {
    ($($rust:ty => $c:literal,)+) => { $(impl CType for $rust { const C: &'static str = $c; })+ };
}

c_types! {
    u8 => "uint8_t",
    i32 => "int32_t",
    usize => "size_t",
    *const u8 => "const uint8_t *",
    *mut c_char => "char *",
    *const c_char => "const char *",
    Host => "twilio_fqdn_host",
    *mut Host => "twilio_fqdn_host *",
    *mut Classification => "twilio_fqdn_classification *",
    *mut ErrorSpan => "twilio_fqdn_error_span *",
    *const TargetValues => "const twilio_fqdn_target *",
    StrictCodes => "twilio_fqdn_strict_target",
    *mut usize => "size_t *",
    *mut AvailabilityCodes => "twilio_fqdn_availability *",
    *const PolicyCodes => "const twilio_fqdn_policy *",
    *mut DecisionCodes => "twilio_fqdn_decision *",
}

/// Every exported function as `(name, C typedef of its pointer)`. Each row
/// is type-checked against the Rust function, so a row cannot drift from
/// the code; the generated C then checks the header against the row.
macro_rules! prototypes {
    ($( $name:ident($($arg:ty),*) -> $ret:ty; )+) => {
        fn prototypes() -> Vec<(&'static str, String)> {
            vec![$({
                let _: unsafe extern "C" fn($($arg),*) -> $ret = $name;
                let args: &[&str] = &[$(<$arg as CType>::C),*];
                let args = if args.is_empty() { "void".to_owned() } else { args.join(", ") };
                (
                    stringify!($name),
                    format!("typedef {} (*{}_fn)({});", <$ret as CType>::C, stringify!($name), args),
                )
            }),+]
        }
    };
}

prototypes! {
    twilio_fqdn_parse(*const u8, usize, *mut Host, *mut ErrorSpan) -> i32;
    twilio_fqdn_parse_url(*const u8, usize, *mut Host, *mut ErrorSpan) -> i32;
    twilio_fqdn_check(*const u8, usize, *mut Classification, *mut ErrorSpan) -> i32;
    twilio_fqdn_classify(Host, *mut Classification) -> i32;
    twilio_fqdn_encode(Host, *mut c_char, usize) -> i32;
    twilio_fqdn_describe(Host, *mut c_char, usize) -> i32;
    twilio_fqdn_error_message(i32) -> *const c_char;
    twilio_fqdn_reason_message(u8) -> *const c_char;
    twilio_fqdn_product_name(u8) -> *const c_char;
    twilio_fqdn_edge_name(u8) -> *const c_char;
    twilio_fqdn_region_name(u8) -> *const c_char;
    twilio_fqdn_version() -> *const c_char;
    twilio_fqdn_rewrite(*const u8, usize, *const TargetValues, *mut c_char, usize, *mut usize, *mut ErrorSpan) -> i32;
    twilio_fqdn_rewrite_strict(*const u8, usize, StrictCodes, *mut c_char, usize, *mut usize, *mut Classification, *mut ErrorSpan) -> i32;
    twilio_fqdn_availability_lookup(u8, *const u8, usize, *mut AvailabilityCodes, *mut ErrorSpan) -> i32;
    twilio_fqdn_policy_check(*const u8, usize, *const PolicyCodes, *mut DecisionCodes, *mut ErrorSpan) -> i32;
    twilio_fqdn_policy_describe(*const u8, usize, *const PolicyCodes, *mut c_char, usize) -> i32;
    twilio_fqdn_product_code(*const u8, usize) -> i32;
    twilio_fqdn_edge_code(*const u8, usize) -> i32;
    twilio_fqdn_region_code(*const u8, usize) -> i32;
}

/// `(C type, size, align, [(field, offset)])` of every struct.
macro_rules! layouts {
    ($($rust:ty => $c:literal { $($field:ident),+ })+) => {
        fn layouts() -> Vec<(&'static str, usize, usize, Vec<(&'static str, usize)>)> {
            vec![$((
                $c,
                std::mem::size_of::<$rust>(),
                std::mem::align_of::<$rust>(),
                vec![$((stringify!($field), std::mem::offset_of!($rust, $field))),+],
            )),+]
        }
    };
}

layouts! {
    Host => "twilio_fqdn_host" { product, edge, region }
    Classification => "twilio_fqdn_classification" {
        host, form, processing_region, severity, reason, fix
    }
    ErrorSpan => "twilio_fqdn_error_span" { start, end }
    TargetValues => "twilio_fqdn_target" { edge, edge_len, region, region_len }
    StrictCodes => "twilio_fqdn_strict_target" { edge, region }
    AvailabilityCodes => "twilio_fqdn_availability" { product, levels, has_row }
    PolicyCodes => "twilio_fqdn_policy" { allowed_regions, allow_non_twilio, credential_region }
    DecisionCodes => "twilio_fqdn_decision" {
        error, allowed, why, region, level, edge, credential_region, instead
    }
}

/// `TWILIO_FQDN_PRODUCT_FLEX_API` for `flex-api` in table `PRODUCT`.
fn label_constant(table: &str, label: &str) -> String {
    let name: String = label
        .chars()
        .map(|c| match c {
            '-' | '.' => '_',
            c => c.to_ascii_uppercase(),
        })
        .collect();
    format!("TWILIO_FQDN_{table}_{name}")
}

/// Every named constant of the header with the value Rust gives it.
fn constants() -> Vec<(String, i64)> {
    let mut all: Vec<(String, i64)> = Vec::new();
    all.extend(
        ERROR_CODES
            .iter()
            .map(|&(n, v)| (n.to_owned(), i64::from(v))),
    );
    for table in [
        SEVERITY_CODES,
        FORM_CODES,
        REASON_CODES,
        LEVEL_CODES,
        ALLOWED_CODES,
        DENIED_CODES,
    ] {
        all.extend(table.iter().map(|&(n, v)| (n.to_owned(), i64::from(v))));
    }
    let labels: [(&str, Vec<&str>); 3] = [
        ("PRODUCT", Product::ALL.iter().map(|p| p.as_str()).collect()),
        ("EDGE", Edge::ALL.iter().map(|e| e.as_str()).collect()),
        ("REGION", Region::ALL.iter().map(|r| r.as_str()).collect()),
    ];
    for (table, names) in labels {
        for (code, label) in names.iter().enumerate() {
            all.push((label_constant(table, label), code as i64));
        }
        all.push((format!("TWILIO_FQDN_{table}_COUNT"), names.len() as i64));
    }
    // The enum order is the code order, so the codes above are the Rust ones.
    assert!(Product::ALL
        .iter()
        .enumerate()
        .all(|(i, p)| *p as usize == i));
    assert!(Edge::ALL.iter().enumerate().all(|(i, e)| *e as usize == i));
    assert!(Region::ALL
        .iter()
        .enumerate()
        .all(|(i, r)| *r as usize == i));
    all.push(("TWILIO_FQDN_NONE".into(), i64::from(TWILIO_FQDN_NONE)));
    all.push((
        "TWILIO_FQDN_HOST_BUF_SIZE".into(),
        TWILIO_FQDN_HOST_BUF_SIZE as i64,
    ));
    all.push((
        "TWILIO_FQDN_DESCRIBE_BUF_SIZE".into(),
        TWILIO_FQDN_DESCRIBE_BUF_SIZE as i64,
    ));
    all
}

/// The header without its comments.
fn header_code() -> String {
    let text = header();
    let mut code = String::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("/*") {
        code.push_str(&rest[..start]);
        let end = rest[start..].find("*/").expect("unterminated comment") + start + 2;
        rest = &rest[end..];
    }
    code.push_str(rest);
    code
}

/// Names the header defines: enumerators, `#define`s and functions.
fn header_names() -> (BTreeSet<String>, BTreeSet<String>) {
    let code = header_code();
    let mut constants = BTreeSet::new();
    for line in code.lines().map(str::trim) {
        let name = if let Some(define) = line.strip_prefix("#define ") {
            define.split_whitespace().next()
        } else if line.starts_with("TWILIO_FQDN_") {
            line.split([' ', '=', ',']).next()
        } else {
            None
        };
        if let Some(name) = name {
            constants.insert(name.to_owned());
        }
    }
    // Include guard and version string are not values of the ABI.
    constants.remove("TWILIO_FQDN_H");
    constants.remove("TWILIO_FQDN_VERSION");
    let mut functions = BTreeSet::new();
    for (at, _) in code.match_indices("twilio_fqdn_") {
        let ident: String = code[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if code[at + ident.len()..].starts_with('(') {
            functions.insert(ident);
        }
    }
    (constants, functions)
}

/// Names of the `extern "C"` functions in this crate's source.
fn source_functions() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for entry in std::fs::read_dir(ffi_dir().join("src")).expect("read src/") {
        let source = std::fs::read_to_string(entry.expect("dir entry").path()).expect("read");
        for (at, marker) in source.match_indices("extern \"C\" fn ") {
            let ident: String = source[at + marker.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            names.insert(ident);
        }
    }
    names
}

#[test]
fn header_declares_exactly_what_the_crate_exports() {
    let (header_constants, functions) = header_names();
    let rust_constants: BTreeSet<String> = constants().into_iter().map(|(n, _)| n).collect();
    assert_eq!(header_constants, rust_constants, "header constants vs Rust");
    let listed: BTreeSet<String> = prototypes().iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(
        functions, listed,
        "header prototypes vs the list in this test"
    );
    assert_eq!(
        source_functions(),
        listed,
        "extern \"C\" fns vs the list in this test"
    );
}

#[test]
fn header_version_is_the_crate_version() {
    let define = format!(
        "#define TWILIO_FQDN_VERSION \"{}\"",
        env!("CARGO_PKG_VERSION")
    );
    assert!(header().contains(&define), "header lacks {define}");
    assert_eq!(VERSION.to_str(), Ok(env!("CARGO_PKG_VERSION")));
}

#[test]
fn header_agrees_with_rust_values_layouts_and_prototypes() {
    let mut c = String::from("#include <stddef.h>\n#include \"twilio_fqdn.h\"\n\n");
    for (name, value) in constants() {
        writeln!(
            c,
            "_Static_assert({name} == {value}, \"{name} is {value}\");"
        )
        .unwrap();
    }
    for (ty, size, align, fields) in layouts() {
        writeln!(
            c,
            "_Static_assert(sizeof({ty}) == {size}, \"size of {ty}\");"
        )
        .unwrap();
        writeln!(
            c,
            "_Static_assert(_Alignof({ty}) == {align}, \"align of {ty}\");"
        )
        .unwrap();
        for (field, offset) in fields {
            writeln!(
                c,
                "_Static_assert(offsetof({ty}, {field}) == {offset}, \"{ty}.{field}\");"
            )
            .unwrap();
        }
    }
    for (name, typedef) in prototypes() {
        // Assigning the function to a pointer of the Rust type is an
        // incompatible-pointer error under -Werror when they differ.
        writeln!(c, "{typedef}\n{name}_fn const check_{name} = {name};").unwrap();
    }
    let dir = scratch();
    let file = dir.join("abi_check.c");
    std::fs::write(&file, c).expect("write abi_check.c");
    run(Command::new("gcc")
        .args(["-std=c11", "-Wall", "-Wextra", "-pedantic", "-Werror", "-c"])
        .arg("-I")
        .arg(ffi_dir().join("include"))
        .arg(&file)
        .arg("-o")
        .arg(dir.join("abi_check.o")));
    // C++ callers include the same header.
    run(Command::new("g++")
        .args(["-std=c++17", "-Wall", "-Wextra", "-pedantic", "-Werror"])
        .args(["-fsyntax-only", "-x", "c++"])
        .arg(ffi_dir().join("include/twilio_fqdn.h")));
}

/// The static library cargo built for this test run: in `deps/`, beside
/// this test binary (only `cargo build` copies it up to `target/<profile>/`,
/// where it may be stale). The newest, should several be there.
fn static_lib() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let deps = exe.parent().expect("target/<profile>/deps");
    std::fs::read_dir(deps)
        .expect("read deps/")
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with("libtwilio_fqdn_ffi") && name.ends_with(".a")
        })
        .max_by_key(|e| e.metadata().and_then(|m| m.modified()).ok())
        .map(|e| e.path())
        .unwrap_or_else(|| panic!("no libtwilio_fqdn_ffi*.a in {}", deps.display()))
}

#[test]
fn c_program_passes_under_address_and_undefined_sanitizers() {
    let dir = scratch();
    let exe = dir.join("c_api");
    run(Command::new("gcc")
        .args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-g", "-O1"])
        .args(["-fsanitize=address,undefined", "-fno-sanitize-recover=all"])
        .arg("-fno-omit-frame-pointer")
        .arg("-I")
        .arg(ffi_dir().join("include"))
        .arg(ffi_dir().join("tests/c_api.c"))
        .arg(static_lib())
        // What Rust's std needs from the system (`--print native-static-libs`).
        .args([
            "-lgcc_s",
            "-lutil",
            "-lrt",
            "-lpthread",
            "-lm",
            "-ldl",
            "-lc",
        ])
        .arg("-o")
        .arg(&exe));
    let stdout = run(Command::new(&exe)
        .env("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=1")
        .env("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1"));
    // The README example's output, as its comment says.
    assert!(
        stdout.contains(
            "fail: region-only host for ie1 was retired on 2026-04-28 \
             (it processed in us1 whatever the code); use api.dublin.ie1.twilio.com\n"
        ),
        "README example output"
    );
    let last = stdout.lines().last().unwrap_or_default();
    let (passed, failed) = last
        .split_once(" passed, ")
        .expect("closing line `N passed, M failed`");
    assert_eq!(failed, "0 failed", "{last}");
    assert!(passed.parse::<u32>().expect("a count") > 400, "{last}");
}

#[test]
fn readme_c_example_is_the_tested_one() {
    let program = std::fs::read_to_string(ffi_dir().join("tests/c_api.c")).expect("read c_api.c");
    let snippet = program
        .split("/* README example begin */\n")
        .nth(1)
        .and_then(|rest| rest.split("    /* README example end */").next())
        .expect("README example markers in c_api.c");
    let readme = std::fs::read_to_string(ffi_dir().join("../README.md")).expect("read README.md");
    assert!(
        readme.contains(snippet),
        "README.md's C example differs from ffi/tests/c_api.c:\n{snippet}"
    );
}
