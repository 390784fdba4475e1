//! The few browser side effects the page needs (clock, clipboard, download, preferences, URL,
//! embed height, reading a chosen or dropped file). Without the `csr` feature (server-side
//! render tests) they do nothing.

#[cfg(feature = "csr")]
mod web {
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    fn window() -> Option<web_sys::Window> {
        web_sys::window()
    }

    /// Unix seconds now.
    pub fn now() -> i64 {
        (js_sys::Date::now() / 1000.0) as i64
    }

    /// Sets a performance mark (read by the benchmark; stays in the page, sends nothing).
    pub fn mark(name: &str) {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark(name);
        }
    }

    /// Copies `text`; calls `done(true)` on success, `done(false)` when the browser refuses.
    pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
        let Some(w) = window() else {
            return done(false);
        };
        let promise = w.navigator().clipboard().write_text(text);
        wasm_bindgen_futures::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            done(ok);
        });
    }

    /// Offers `text` as a file download (Blob + object URL, no network).
    pub fn download(filename: &str, mime: &str, text: &str) {
        let Some(doc) = window().and_then(|w| w.document()) else {
            return;
        };
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        if let Ok(a) = doc.create_element("a") {
            if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
                a.set_href(&url);
                a.set_download(filename);
                a.set_hidden(true);
                if let Some(body) = doc.body() {
                    let _ = body.append_child(&a);
                    a.click();
                    let _ = body.remove_child(&a);
                }
            }
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }

    fn storage() -> Option<web_sys::Storage> {
        window().and_then(|w| w.local_storage().ok().flatten())
    }

    /// A stored preference (language or theme only).
    pub fn load_pref(key: &str) -> Option<String> {
        storage().and_then(|s| s.get_item(key).ok().flatten())
    }

    /// Stores a preference (language or theme only; never pasted text).
    pub fn save_pref(key: &str, value: &str) {
        if let Some(s) = storage() {
            let _ = s.set_item(key, value);
        }
    }

    /// `navigator.language`.
    pub fn browser_lang() -> Option<String> {
        window().and_then(|w| w.navigator().language())
    }

    /// `location.hash`.
    pub fn hash() -> String {
        window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    }

    /// `location.search`.
    pub fn search() -> String {
        window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
    }

    /// The plain text a paste event carries, still as the browser's string.
    pub fn pasted(e: &web_sys::Event) -> Option<Pasted> {
        let data = e.dyn_ref::<web_sys::ClipboardEvent>()?.clipboard_data()?;
        Some(Pasted(data.unchecked_ref::<RawData>().get_data("text")))
    }

    #[wasm_bindgen]
    extern "C" {
        /// A `DataTransfer` whose `getData` returns the browser's string as it is.
        type RawData;
        #[wasm_bindgen(method, js_name = getData)]
        fn get_data(this: &RawData, format: &str) -> js_sys::JsString;
    }

    #[wasm_bindgen]
    extern "C" {
        /// The browser's UTF-8 encoder, given the browser's string as it is (web-sys's takes a
        /// Rust string, which would be a copy in the page's memory already).
        #[wasm_bindgen(js_name = TextEncoder)]
        type Utf8Encoder;
        #[wasm_bindgen(constructor, js_class = TextEncoder)]
        fn new() -> Utf8Encoder;
        #[wasm_bindgen(method, js_class = TextEncoder, js_name = encode)]
        fn encode(this: &Utf8Encoder, text: &js_sys::JsString) -> js_sys::Uint8Array;
    }

    /// A pasted text not yet copied into the page's memory.
    pub struct Pasted(js_sys::JsString);

    /// UTF-16 units copied per task when a large paste is read.
    const READ_UNITS: u32 = 2 << 20;

    impl Pasted {
        /// Its length in UTF-16 units (at most its length in UTF-8 bytes).
        pub fn units(&self) -> usize {
            self.0.length() as usize
        }

        /// The text, copied at once.
        pub fn text(&self) -> String {
            String::from(&self.0)
        }

        /// The text, copied a few megabytes per task with the browser's turn in between (one
        /// copy of 50 MB would block the page for a few hundred milliseconds). `None` when
        /// `stale()` says the text is no longer wanted.
        pub async fn read(self, stale: impl Fn() -> bool) -> Option<String> {
            let mut out = String::with_capacity(self.0.length() as usize);
            self.parts(stale, |part| out.push_str(&String::from(part)))
                .await?;
            Some(out)
        }

        /// Hands the text to `each` a few megabytes at a time (never splitting a surrogate
        /// pair), with the browser's turn after each part. `None` when `stale()` says the text
        /// is no longer wanted.
        async fn parts(
            &self,
            stale: impl Fn() -> bool,
            mut each: impl FnMut(js_sys::JsString),
        ) -> Option<()> {
            let len = self.0.length();
            let mut at = 0;
            while at < len {
                let mut end = len.min(at.saturating_add(READ_UNITS));
                let last = self.0.char_code_at(end - 1);
                if end < len && (0xD800 as f64..0xDC00 as f64).contains(&last) {
                    end -= 1;
                }
                each(self.0.slice(at, end));
                at = end;
                crate::ui::job::yield_to_browser().await;
                if stale() {
                    return None;
                }
            }
            Some(())
        }

        /// The text with its secrets masked, read a few megabytes per task as [`Pasted::read`]
        /// does, into one shared string: each part is encoded outside the page's memory, the
        /// string is made once at the text's UTF-8 length and filled, then masked in place. The
        /// page's memory holds the text once (a `String` made shared is copied: the text twice).
        pub async fn read_masked(self, stale: impl Fn() -> bool) -> Option<Rc<str>> {
            let encoder = Utf8Encoder::new();
            let mut parts = Vec::new();
            let mut total = 0usize;
            self.parts(stale, |part| {
                let part = encoder.encode(&part);
                total += part.length() as usize;
                parts.push(part);
            })
            .await?;
            // One allocation at the final length (a zero of each byte, one pass), no copy after.
            let mut bytes: Rc<[u8]> = std::iter::repeat_n(0u8, total).collect();
            let buf = Rc::get_mut(&mut bytes)?;
            let mut from = 0;
            for part in parts {
                let n = part.length() as usize;
                part.copy_to(buf.get_mut(from..from + n)?);
                from += n;
            }
            crate::secrets::mask_bytes(buf);
            std::str::from_utf8(&bytes).ok()?;
            // SAFETY: the bytes were just checked to be UTF-8, and `str` is laid out as `[u8]`.
            Some(unsafe { Rc::from_raw(Rc::into_raw(bytes) as *const str) })
        }
    }

    /// A file the user chose or dropped, not read yet.
    pub struct PickedFile(web_sys::File);

    /// The file chosen in a file input (its `change` event). The input is emptied, so choosing
    /// the same file again reads it again.
    pub fn chosen_file(e: &web_sys::Event) -> Option<PickedFile> {
        let input = e.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
        let file = input.files()?.get(0);
        input.set_value("");
        file.map(PickedFile)
    }

    /// Whether a drag carries files (the page then takes the drop; the browser would otherwise
    /// leave the page to show the file).
    pub fn drags_files(e: &web_sys::DragEvent) -> bool {
        e.data_transfer()
            .is_some_and(|d| d.types().includes(&JsValue::from_str("Files"), 0))
    }

    /// The first file a drop carries.
    pub fn dropped_file(e: &web_sys::DragEvent) -> Option<PickedFile> {
        e.data_transfer()?.files()?.get(0).map(PickedFile)
    }

    impl PickedFile {
        /// The file's bytes, as they are (the page decodes them with [`crate::input::decode`],
        /// not with the browser's text reading, which knows only UTF-8); `None` when the
        /// browser cannot read the file.
        pub async fn bytes(self) -> Option<Vec<u8>> {
            let buffer = wasm_bindgen_futures::JsFuture::from(self.0.array_buffer())
                .await
                .ok()?;
            Some(js_sys::Uint8Array::new(&buffer).to_vec())
        }
    }

    /// Runs `f` in the background.
    pub fn spawn(f: impl std::future::Future<Output = ()> + 'static) {
        wasm_bindgen_futures::spawn_local(f);
    }

    /// Whether the page was opened from a local file.
    pub fn is_file() -> bool {
        window()
            .and_then(|w| w.location().protocol().ok())
            .is_some_and(|p| p == "file:")
    }

    /// The page's address with `hash` as fragment.
    pub fn url_with_hash(hash: &str) -> String {
        let href = window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let base = href.split('#').next().unwrap_or_default();
        format!("{base}{hash}")
    }

    /// Sets `lang` and `data-theme` on `<html>`.
    pub fn set_document(lang: &str, theme: &str) {
        if let Some(el) = window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("lang", lang);
            let _ = el.set_attribute("data-theme", theme);
        }
    }

    /// Scrolls the element with `id` into view and focuses it.
    pub fn reveal(id: &str) {
        if let Some(el) = window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
        {
            el.scroll_into_view();
            if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    }

    /// Scrolls the first element matching `selector` into view when it is outside the viewport
    /// (focus stays where it is).
    pub fn show(selector: &str) {
        let Some(w) = window() else { return };
        let Some(el) = w
            .document()
            .and_then(|d| d.query_selector(selector).ok().flatten())
        else {
            return;
        };
        let height = w
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let rect = el.get_bounding_client_rect();
        if rect.top() < 0.0 || rect.bottom() > height {
            el.scroll_into_view_with_bool(false);
        }
    }

    /// What [`on_hash_change`] returns: the listener, removed when dropped.
    pub type HashListener = gloo::events::EventListener;

    /// Listens for `hashchange`; the listener lives as long as the returned guard.
    pub fn on_hash_change(f: impl Fn(String) + 'static) -> Option<HashListener> {
        let w = window()?;
        Some(gloo::events::EventListener::new(
            &w,
            "hashchange",
            move |_| f(hash()),
        ))
    }

    fn post_height() {
        let Some(w) = window() else { return };
        let height = w
            .document()
            .and_then(|d| d.document_element())
            .map(|e| e.scroll_height())
            .unwrap_or_default();
        if let Ok(Some(parent)) = w.parent() {
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"type".into(), &"exo-oauth-doctor:height".into());
            let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(height));
            let _ = parent.post_message(&msg, "*");
        }
    }

    /// Reports the page height to the embedding page on every size change.
    pub fn watch_height() -> Option<super::HeightWatch> {
        let w = window()?;
        let body = w.document()?.body()?;
        let cb = Closure::<dyn FnMut()>::new(post_height);
        let observer = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()).ok()?;
        observer.observe(&body);
        post_height();
        Some(super::HeightWatch {
            _observer: observer,
            _cb: cb,
        })
    }

    /// Debounces a callback with a timer.
    #[derive(Default)]
    pub struct Debouncer(Option<gloo::timers::callback::Timeout>);

    impl Debouncer {
        /// Runs `f` after `ms` unless called again before.
        pub fn schedule(&mut self, ms: u32, f: impl FnOnce() + 'static) {
            self.0 = Some(gloo::timers::callback::Timeout::new(ms, f));
        }
    }

    pub(super) type Observer = web_sys::ResizeObserver;
    pub(super) type ObserverCb = Closure<dyn FnMut()>;

    impl Drop for super::HeightWatch {
        fn drop(&mut self) {
            self._observer.disconnect();
        }
    }
}

#[cfg(not(feature = "csr"))]
mod web {
    //! Server-side rendering: no browser, no effects.

    /// Unix seconds now (unused without a browser).
    pub fn now() -> i64 {
        0
    }
    /// No performance timeline.
    pub fn mark(_name: &str) {}

    /// No clipboard.
    pub fn copy_text(_text: &str, done: impl FnOnce(bool) + 'static) {
        done(false)
    }
    /// No download.
    pub fn download(_filename: &str, _mime: &str, _text: &str) {}
    /// No preferences.
    pub fn load_pref(_key: &str) -> Option<String> {
        None
    }
    /// No preferences.
    pub fn save_pref(_key: &str, _value: &str) {}
    /// No browser language.
    pub fn browser_lang() -> Option<String> {
        None
    }
    /// No hash.
    pub fn hash() -> String {
        String::new()
    }
    /// No query.
    pub fn search() -> String {
        String::new()
    }
    /// No clipboard.
    pub fn pasted(_e: &web_sys::Event) -> Option<Pasted> {
        None
    }
    /// Never made without a browser.
    pub struct Pasted;
    impl Pasted {
        /// Nothing.
        pub fn units(&self) -> usize {
            0
        }
        /// Nothing.
        pub fn text(&self) -> String {
            String::new()
        }
        /// Nothing.
        pub async fn read(self, _stale: impl Fn() -> bool) -> Option<String> {
            None
        }
        /// Nothing.
        pub async fn read_masked(self, _stale: impl Fn() -> bool) -> Option<std::rc::Rc<str>> {
            None
        }
    }
    /// Never made without a browser.
    pub struct PickedFile;
    /// No files.
    pub fn chosen_file(_e: &web_sys::Event) -> Option<PickedFile> {
        None
    }
    /// No files.
    pub fn drags_files(_e: &web_sys::DragEvent) -> bool {
        false
    }
    /// No files.
    pub fn dropped_file(_e: &web_sys::DragEvent) -> Option<PickedFile> {
        None
    }
    impl PickedFile {
        /// Nothing.
        pub async fn bytes(self) -> Option<Vec<u8>> {
            None
        }
    }
    /// Nothing runs in the background.
    pub fn spawn(_f: impl std::future::Future<Output = ()> + 'static) {}
    /// Not a file.
    pub fn is_file() -> bool {
        false
    }
    /// The hash alone.
    pub fn url_with_hash(hash: &str) -> String {
        hash.to_string()
    }
    /// No document.
    pub fn set_document(_lang: &str, _theme: &str) {}
    /// No document.
    pub fn reveal(_id: &str) {}
    /// No document.
    pub fn show(_selector: &str) {}
    /// Stands in for an event listener.
    pub struct NoListener;
    /// What [`on_hash_change`] returns.
    pub type HashListener = NoListener;
    /// No events.
    pub fn on_hash_change(_f: impl Fn(String) + 'static) -> Option<HashListener> {
        None
    }
    /// No parent.
    pub fn watch_height() -> Option<super::HeightWatch> {
        None
    }
    /// Never fires.
    #[derive(Default)]
    pub struct Debouncer;
    impl Debouncer {
        /// Does nothing.
        pub fn schedule(&mut self, _ms: u32, _f: impl FnOnce() + 'static) {}
    }
    pub(super) type Observer = ();
    pub(super) type ObserverCb = ();
}

pub use web::*;

/// Keeps the embed height observer alive; dropping it stops the reports.
pub struct HeightWatch {
    _observer: web::Observer,
    _cb: web::ObserverCb,
}
