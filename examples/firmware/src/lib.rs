//! The runtime shared by the footprint firmwares: a reset vector, a reset
//! handler that runs the firmware's work forever, and a panic handler that
//! halts. No `cortex-m-rt`: `link.x` and these few lines are the whole of it,
//! so the sizes `measure.sh` reports are the crate's and little else.
#![no_std]

/// Defines the reset handler (the ELF entry) calling `$work` in a loop, and
/// the reset vector pointing at it.
#[macro_export]
macro_rules! entry {
    ($work:path) => {
        /// The reset handler: what the core runs out of reset.
        #[no_mangle]
        pub extern "C" fn reset() -> ! {
            loop {
                $work();
            }
        }

        /// The reset vector, right after the initial stack pointer.
        #[link_section = ".vector_table.reset_vector"]
        #[no_mangle]
        pub static RESET_VECTOR: extern "C" fn() -> ! = reset;
    };
}

/// The host every firmware reads, hidden from the optimiser.
#[must_use]
pub fn input() -> &'static [u8] {
    core::hint::black_box(b"api.ie1.twilio.com")
}

#[panic_handler]
fn halt(_: &core::panic::PanicInfo) -> ! {
    loop {
        core::hint::spin_loop();
    }
}
