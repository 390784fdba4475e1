//! The page's components. They take props and render; decisions are made in
//! [`super::state`], [`super::chain`], [`super::highlight`] and the core.

use yew::html::IntoPropValue;
use yew::virtual_dom::{AttrValue, AttributeOrProperty, Attributes, Listeners, VNode, VTag};

/// `<tag attr="value"…>child</tag>` for an element with literal attributes, no listeners and at
/// most one child: the same node as `html!` builds, but through [`el`], one function out of
/// line, rather than the macro's code inline at every such element (about a hundred of them).
/// `el!("p", ["class" = "muted"], text)`, `el!("circle", ["r" = "6"])`, `el!("p", [], text
/// s::X, lang)` for a bilingual text; as in `html!`, `class` comes last.
macro_rules! el {
    ($tag:literal, [$($k:literal = $v:literal),* $(,)?]) => {
        el!($tag, [$($k = $v),*], ::yew::virtual_dom::VNode::default())
    };
    ($tag:literal, [$($k:literal = $v:literal),* $(,)?], text $text:expr, $lang:expr) => {
        $crate::ui::components::el_text(
            $tag,
            &[$(($k, ::yew::virtual_dom::AttributeOrProperty::Static($v))),*],
            $text,
            $lang,
        )
    };
    ($tag:literal, [$($k:literal = $v:literal),* $(,)?], @on $on:expr, $child:expr) => {
        $crate::ui::components::el_node(
            $tag,
            &[$(($k, ::yew::virtual_dom::AttributeOrProperty::Static($v))),*],
            ::std::option::Option::Some($on),
            ::yew::html::IntoPropValue::<::yew::virtual_dom::VNode>::into_prop_value($child),
        )
    };
    ($tag:literal, [$($k:literal = $v:literal),* $(,)?], $child:expr) => {
        $crate::ui::components::el(
            $tag,
            &[$(($k, ::yew::virtual_dom::AttributeOrProperty::Static($v))),*],
            $child,
        )
    };
}

/// `<tag attr={value}…>child</tag>` for an element with computed attributes, at most one listener
/// and a key: the node `html!` builds, through [`el_dyn`], one function out of line. The
/// attributes in `html!`'s order (as written, then its boolean ones such as `open`, `class`
/// last); a value is what `html!` takes (`&'static str`, `String`, `AttrValue`, an `Option` of
/// them; `None` leaves the attribute out). `eld!("a", ["href" = h], @on click(cb), child)`,
/// `eld!("li", key k, [], child)`; `eld!("input", value v, [...], @on typing(cb))` with `value`
/// and `checked` apart, which Yew sets as properties. Not for `textarea`.
macro_rules! eld {
    (@opt) => { ::std::option::Option::None };
    (@opt $e:expr) => { ::std::option::Option::Some($e) };
    (@value) => { ::std::option::Option::None };
    (@value $e:expr) => {
        ::yew::html::IntoPropValue::<::std::option::Option<::yew::virtual_dom::AttrValue>>::into_prop_value($e)
    };
    ("input", $(value $value:expr,)? $(checked $checked:expr,)? [$($k:literal = $v:expr),* $(,)?] $(, @on $on:expr)?) => {
        $crate::ui::components::input_dyn(
            eld!(@value $($value)?),
            eld!(@opt $($checked)?),
            &[$($k),*],
            &mut [$(::yew::html::IntoPropValue::<
                ::std::option::Option<::yew::virtual_dom::AttrValue>,
            >::into_prop_value($v)),*],
            eld!(@opt $($on)?),
        )
    };
    ($tag:literal, $(key $key:expr,)? [$($k:literal = $v:expr),* $(,)?], $(@on $on:expr,)? $child:expr) => {
        $crate::ui::components::el_dyn(
            $tag,
            eld!(@opt $(::std::convert::Into::<::yew::virtual_dom::Key>::into($key))?),
            &[$($k),*],
            &mut [$(::yew::html::IntoPropValue::<
                ::std::option::Option<::yew::virtual_dom::AttrValue>,
            >::into_prop_value($v)),*],
            eld!(@opt $($on)?),
            ::yew::html::IntoPropValue::<::yew::virtual_dom::VNode>::into_prop_value($child),
        )
    };
}

/// The element of [`eld!`]: `html!`'s dynamic attribute list (each value an `Attribute`, `None`
/// for one left out) and its listener list, built in one function.
#[inline(never)]
pub(crate) fn el_dyn(
    tag: &'static str,
    key: Option<yew::virtual_dom::Key>,
    keys: &'static [&'static str],
    values: &mut [Option<AttrValue>],
    listener: Option<std::rc::Rc<dyn yew::virtual_dom::Listener>>,
    child: VNode,
) -> VNode {
    tag_node(tag, key, dyn_attrs(keys, values), listener, child)
}

/// An element as `html!` builds it (`VTag::__new_other`): the one place [`el_dyn`] and
/// [`el_node`] make their node.
fn tag_node(
    tag: &'static str,
    key: Option<yew::virtual_dom::Key>,
    attrs: Attributes,
    listener: Option<std::rc::Rc<dyn yew::virtual_dom::Listener>>,
    child: VNode,
) -> VNode {
    VTag::__new_other(
        AttrValue::Static(tag),
        Default::default(),
        key,
        attrs,
        listeners(listener),
        child,
    )
    .into()
}

/// `<input …>` through [`eld!`]: `value` and `checked` given apart, as `html!` gives them, for
/// Yew to set as properties.
#[inline(never)]
pub(crate) fn input_dyn(
    value: Option<AttrValue>,
    checked: Option<bool>,
    keys: &'static [&'static str],
    values: &mut [Option<AttrValue>],
    listener: Option<std::rc::Rc<dyn yew::virtual_dom::Listener>>,
) -> VNode {
    VTag::__new_input(
        value,
        checked,
        Default::default(),
        None,
        dyn_attrs(keys, values),
        listeners(listener),
    )
    .into()
}

/// `html!`'s attribute list for computed values: each an `Attribute`, `None` for one left out.
fn dyn_attrs(keys: &'static [&'static str], values: &mut [Option<AttrValue>]) -> Attributes {
    if keys.is_empty() {
        return Attributes::Static(&[]);
    }
    let values = values
        .iter_mut()
        .map(|v| v.take().map(AttributeOrProperty::Attribute))
        .collect();
    Attributes::Dynamic { keys, values }
}

/// The listener functions of `@on`: each wraps a callback as `html!`'s `on…` attribute does.
macro_rules! listener_fns {
    ($($(#[$doc:meta])* $name:ident: $event:ty => $wrapper:path;)*) => {$(
        $(#[$doc])*
        #[inline(never)]
        pub(crate) fn $name(cb: yew::Callback<$event>) -> std::rc::Rc<dyn yew::virtual_dom::Listener> {
            std::rc::Rc::new(<$wrapper>::new(cb))
        }
    )*};
}

listener_fns! {
    /// An input handler as `html!`'s `oninput` makes it, for `@on`.
    typing: web_sys::InputEvent => yew::html::oninput::Wrapper;
    /// A change handler as `html!`'s `onchange` makes it, for `@on`.
    change: web_sys::Event => yew::html::onchange::Wrapper;
    /// A click handler as `html!`'s `onclick` makes it, for `@on`.
    click: web_sys::MouseEvent => yew::html::onclick::Wrapper;
}

/// A boolean attribute's value as `html!` makes it (`disabled={b}`), for [`eld!`].
pub(crate) fn flag(on: bool, name: &'static str) -> Option<AttrValue> {
    on.then_some(AttrValue::Static(name))
}

/// The element of [`el!`]: what `html!` builds for it, as one function. Generic over the child so
/// that its conversion to a node (a text, mostly) is made here once for each type of child, not
/// at every element.
#[inline(never)]
pub(crate) fn el(
    tag: &'static str,
    attrs: &'static [(&'static str, AttributeOrProperty)],
    child: impl IntoPropValue<VNode>,
) -> VNode {
    el_node(tag, attrs, None, child.into_prop_value())
}

/// [`el`] with a bilingual text as its child (`el!("p", [], text s::X, lang)`): the text is read
/// in the language here, once, rather than at each of the views' eighty such elements.
#[inline(never)]
pub(crate) fn el_text(
    tag: &'static str,
    attrs: &'static [(&'static str, AttributeOrProperty)],
    text: crate::i18n::Text,
    lang: crate::i18n::Lang,
) -> VNode {
    el(tag, attrs, text.get(lang))
}

/// A bilingual text as a child node in `html!` (`{ tx(s::X, lang) }`): the node `{ s::X.get(lang) }`
/// makes, read and made here once rather than at each of the views' thirty such children.
#[inline(never)]
pub(crate) fn tx(text: crate::i18n::Text, lang: crate::i18n::Lang) -> VNode {
    tn(text.get(lang))
}

/// A text as a child node in `html!` (`{ tn(" · ") }`): the node `{ " · " }` makes, made here
/// rather than inline at each child.
#[inline(never)]
pub(crate) fn tn(text: &str) -> VNode {
    VNode::from(text)
}

/// The node of [`el`], one function for every type of child; with a listener for `el!`'s `@on`
/// form (`el!("button", ["type" = "button"], @on click(cb), child)`).
#[inline(never)]
pub(crate) fn el_node(
    tag: &'static str,
    attrs: &'static [(&'static str, AttributeOrProperty)],
    listener: Option<std::rc::Rc<dyn yew::virtual_dom::Listener>>,
    child: VNode,
) -> VNode {
    tag_node(tag, None, Attributes::Static(attrs), listener, child)
}

/// `html!`'s listener list for at most one listener.
fn listeners(listener: Option<std::rc::Rc<dyn yew::virtual_dom::Listener>>) -> Listeners {
    match listener {
        Some(l) => Listeners::Pending(Box::new([Some(l)])),
        None => Listeners::None,
    }
}

/// The element `node` (built by `html!` without its `class`) with `class` set as `html!` sets a
/// computed one: last, after the attributes as written, and left out when `None`. `keys` are the
/// element's attribute names in that order, `"class"` last. One function out of line in place of
/// Yew's `Classes`, an index set built and joined at each element with a computed class.
#[inline(never)]
pub(crate) fn with_class(
    node: VNode,
    keys: &'static [&'static str],
    class: Option<AttrValue>,
) -> VNode {
    let VNode::VTag(mut rc) = node else {
        return node;
    };
    // The node was just built, so it is not shared (`Rc::make_mut` would carry a deep copy of
    // the element for a case that does not occur; the tests' debug builds check it).
    debug_assert_eq!(
        std::rc::Rc::strong_count(&rc),
        1,
        "with_class on a shared node"
    );
    let Some(tag) = std::rc::Rc::get_mut(&mut rc) else {
        return VNode::VTag(rc);
    };
    let mut values: Vec<Option<AttributeOrProperty>> = match std::mem::take(&mut tag.attributes) {
        // A dynamic list sets only `Attribute` values: the literal ones become those.
        Attributes::Static(attrs) => attrs
            .iter()
            .map(|(_, v)| match v {
                AttributeOrProperty::Static(v) => {
                    Some(AttributeOrProperty::Attribute(AttrValue::Static(v)))
                }
                v => Some(v.clone()),
            })
            .collect(),
        Attributes::Dynamic { values, .. } => values.into_vec(),
        Attributes::IndexMap(_) => Vec::new(),
    };
    values.push(class.map(AttributeOrProperty::Attribute));
    debug_assert_eq!(values.len(), keys.len());
    tag.attributes = Attributes::Dynamic {
        keys,
        values: values.into_boxed_slice(),
    };
    VNode::VTag(rc)
}

/// `<button type="button" id="…">label</button>` with a click handler, one function for the
/// views' plain buttons.
#[inline(never)]
pub(crate) fn button(
    id: &'static str,
    label: &'static str,
    onclick: yew::Callback<web_sys::MouseEvent>,
) -> VNode {
    eld!("button", ["type" = "button", "id" = id], @on click(onclick), label)
}

/// Copies `text`; with `tell`, then dispatches its notice, or [`Notice::CopyFailed`] when the
/// browser refuses. One function for the views' copy buttons: one copy of the clipboard's
/// asynchronous code rather than one for each button's closure.
///
/// [`Notice::CopyFailed`]: crate::ui::state::Notice::CopyFailed
#[inline(never)]
pub(crate) fn copy(
    text: &str,
    tell: Option<(
        yew::Callback<crate::ui::state::Action>,
        crate::ui::state::Notice,
    )>,
) {
    use crate::ui::state::{Action, Notice};
    crate::ui::platform::copy_text(text, move |ok| {
        if let Some((d, yes)) = tell {
            d.emit(Action::Notify(Some(if ok {
                yes
            } else {
                Notice::CopyFailed
            })));
        }
    });
}

mod chrome;
mod collect;
mod evidence;
mod findings;
mod input;
mod readback;
mod reference;
mod remedy;
mod results;
mod share;
mod token;
mod verdict;

pub use chrome::{footer, header, FooterProps, HeaderProps};
pub use input::{input_panel, InputPanelProps};
pub use reference::{reference, ReferenceProps};
pub use results::{memo_results, ResultsMemo, ResultsProps};
