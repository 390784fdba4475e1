//! The page's `memcmp`, sixteen bytes a step with WebAssembly SIMD.
//!
//! Every comparison of byte strings that the compiler does not unroll (`==` on strings and
//! slices, `starts_with`, map keys) calls `memcmp`. In the page that is the weak definition of
//! Rust's compiler builtins, which compares a byte at a time; this strong definition replaces
//! it. It mattered on logs that repeat a long value: a token seen again is found by comparing
//! it with the recent ones, several hundred bytes each time.

use core::arch::wasm32::*;

/// Compares the `n` bytes at `a` and `b`: negative, zero or positive as the first differing
/// byte of `a` is below, equal to or above that of `b` (C's `memcmp`).
///
/// # Safety
///
/// `a` and `b` must be valid for reads of `n` bytes.
#[no_mangle]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    while i + 16 <= n {
        // SAFETY: both reads are inside the `n` bytes (`i + 16 <= n`); no alignment needed.
        let (x, y) = unsafe {
            (
                v128_load(a.add(i) as *const v128),
                v128_load(b.add(i) as *const v128),
            )
        };
        let differ = u8x16_bitmask(u8x16_ne(x, y));
        if differ != 0 {
            i += differ.trailing_zeros() as usize;
            // SAFETY: `i < n`: the differing lane is one of the sixteen read.
            return unsafe { i32::from(*a.add(i)) - i32::from(*b.add(i)) };
        }
        i += 16;
    }
    while i < n {
        // SAFETY: `i < n`.
        let (x, y) = unsafe { (*a.add(i), *b.add(i)) };
        if x != y {
            return i32::from(x) - i32::from(y);
        }
        i += 1;
    }
    0
}
