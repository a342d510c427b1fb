//! The only code that touches caller memory. Every pointer is checked for
//! NULL and every length for `PTRDIFF_MAX` before Rust sees a slice; output
//! is copied in with raw writes, so no reference to possibly uninitialised
//! caller memory is ever made.

use core::ptr;

use crate::codes::{
    TWILIO_FQDN_ERR_BUFFER_TOO_SMALL, TWILIO_FQDN_ERR_INVALID_ARGUMENT,
    TWILIO_FQDN_ERR_NULL_POINTER, TWILIO_FQDN_ERR_OVERLAP,
};

/// The caller's `(pointer, length)` input as a slice.
///
/// # Safety
///
/// When `data` is not NULL, `len` bytes from `data` must be initialised,
/// readable, and not written by anyone for the duration of the call.
pub(crate) unsafe fn input<'a>(data: *const u8, len: usize) -> Result<&'a [u8], i32> {
    if data.is_null() {
        return Err(TWILIO_FQDN_ERR_NULL_POINTER);
    }
    if isize::try_from(len).is_err() {
        return Err(TWILIO_FQDN_ERR_INVALID_ARGUMENT);
    }
    // SAFETY: `data` is not NULL (checked), `u8` needs no alignment, `len`
    // fits `isize` (checked), and the caller promises `len` initialised bytes
    // that nobody writes while we read them.
    Ok(unsafe { core::slice::from_raw_parts(data, len) })
}

/// Writes `value` to the caller's `out`.
///
/// # Safety
///
/// When `out` is not NULL it must be valid for writing one `T` (any
/// alignment).
pub(crate) unsafe fn write<T>(out: *mut T, value: T) -> Result<(), i32> {
    if out.is_null() {
        return Err(TWILIO_FQDN_ERR_NULL_POINTER);
    }
    // SAFETY: not NULL (checked) and writable for one `T` (caller's promise);
    // `write_unaligned` needs no alignment and reads nothing old.
    unsafe { ptr::write_unaligned(out, value) };
    Ok(())
}

/// Writes `value` to an optional out-parameter: NULL means "not wanted".
///
/// # Safety
///
/// As [`write`].
pub(crate) unsafe fn write_optional<T>(out: *mut T, value: T) {
    // SAFETY: forwarded contract; a NULL `out` is fine and skipped.
    let _ = unsafe { write(out, value) };
}

/// A caller's output buffer of `cap` bytes, text plus a NUL terminator.
pub(crate) struct OutBuf {
    data: *mut u8,
    cap: usize,
}

impl OutBuf {
    /// Checks the buffer and clears it (a NUL at byte 0), so that a caller
    /// who ignores an error still holds an empty C string.
    ///
    /// # Safety
    ///
    /// When `data` is not NULL, `cap` bytes from `data` must be writable and
    /// untouched by anyone else for as long as the `OutBuf` lives.
    pub(crate) unsafe fn new(data: *mut u8, cap: usize) -> Result<Self, i32> {
        if data.is_null() {
            return Err(TWILIO_FQDN_ERR_NULL_POINTER);
        }
        if isize::try_from(cap).is_err() {
            return Err(TWILIO_FQDN_ERR_INVALID_ARGUMENT);
        }
        if cap > 0 {
            // SAFETY: not NULL, and byte 0 is writable because cap > 0.
            unsafe { data.write(0) };
        }
        Ok(OutBuf { data, cap })
    }

    /// Lends `write` the buffer, less one byte for the NUL, as a Rust slice
    /// (zeroed first, so it is initialised memory), then terminates what
    /// `write` wrote. `inputs` is all caller memory Rust reads meanwhile: none
    /// may share a byte with the buffer (`TWILIO_FQDN_ERR_OVERLAP`). A zero
    /// capacity lends an empty slice, so `write` can still say what it needs.
    pub(crate) fn write_with<E: From<i32>>(
        self,
        inputs: &[&[u8]],
        write: impl FnOnce(&mut [u8]) -> Result<usize, E>,
    ) -> Result<i32, E> {
        let out = self.data as usize;
        for input in inputs {
            let at = input.as_ptr() as usize;
            // Both ranges lie inside objects of at most isize::MAX bytes, so
            // neither end wraps.
            let overlap = out < at.wrapping_add(input.len()) && at < out.wrapping_add(self.cap);
            if overlap && self.cap > 0 && !input.is_empty() {
                return Err(TWILIO_FQDN_ERR_OVERLAP.into());
            }
        }
        let Some(room) = self.cap.checked_sub(1) else {
            return write(&mut []).and(Err(TWILIO_FQDN_ERR_BUFFER_TOO_SMALL.into()));
        };
        // SAFETY: `cap` bytes of `data` are writable and nobody else's
        // (contract of `new`), and they do not overlap `input` (checked), the
        // only other memory Rust reads here. Zeroing makes them initialised
        // before a `&mut [u8]` is made of the first `room` of them.
        let slice = unsafe {
            ptr::write_bytes(self.data, 0, self.cap);
            core::slice::from_raw_parts_mut(self.data, room)
        };
        let len = write(slice)?;
        let Ok(code) = i32::try_from(len) else {
            return Err(TWILIO_FQDN_ERR_INVALID_ARGUMENT.into());
        };
        if len > room {
            return Err(TWILIO_FQDN_ERR_BUFFER_TOO_SMALL.into());
        }
        // SAFETY: `len <= room < cap`, so byte `len` is in the buffer; the
        // slice's borrow ended with `write`.
        unsafe { self.data.add(len).write(0) };
        Ok(code)
    }

    /// Copies `text` and a NUL in and returns the text's length, or
    /// `TWILIO_FQDN_ERR_BUFFER_TOO_SMALL` and writes nothing more.
    pub(crate) fn put(self, text: &[u8]) -> i32 {
        let Ok(len) = i32::try_from(text.len()) else {
            return TWILIO_FQDN_ERR_INVALID_ARGUMENT;
        };
        if text.len() >= self.cap {
            return TWILIO_FQDN_ERR_BUFFER_TOO_SMALL;
        }
        // SAFETY: `text.len() + 1 <= cap` (checked) bytes of `data` are
        // writable and nobody else's to touch (the contract of `new`), so
        // they cannot overlap `text`, which is borrowed memory Rust reads.
        // `add(len)` stays inside the buffer.
        unsafe {
            ptr::copy_nonoverlapping(text.as_ptr(), self.data, text.len());
            self.data.add(text.len()).write(0);
        }
        len
    }
}

/// A `core::fmt::Write` into a fixed stack buffer; fails instead of
/// truncating.
pub(crate) struct StackText<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> StackText<N> {
    pub(crate) const fn new() -> Self {
        StackText {
            buf: [0; N],
            len: 0,
        }
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }
}

impl<const N: usize> core::fmt::Write for StackText<N> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.len.checked_add(s.len()).ok_or(core::fmt::Error)?;
        let dst = self.buf.get_mut(self.len..end).ok_or(core::fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}
