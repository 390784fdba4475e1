//! The crate's JSON reader (`exo_oauth_doctor::json`, what the page decodes token parts with)
//! against serde_json: the same verdict on every text (an object, not one, or cut off), the same
//! values where both read one, the same escaping where both write one.

use exo_oauth_doctor::json::{self, Value};
use proptest::prelude::*;

/// serde_json's reading of `b` as an object: its members written back as JSON, or whether the
/// text ended early.
fn serde_reading(b: &[u8]) -> Result<String, bool> {
    match serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(b) {
        Ok(m) => Ok(serde_json::to_string(&m).unwrap()),
        Err(e) => Err(e.is_eof()),
    }
}

/// The crate's reading of `b`, in the same form: the members as a map (serde_json keeps the
/// last of equal keys and sorts them), written by serde_json.
fn own_reading(b: &[u8]) -> Result<String, bool> {
    match json::object(b) {
        Ok(members) => {
            let mut m = std::collections::BTreeMap::new();
            for (k, v) in members {
                m.insert(k, v);
            }
            Ok(serde_json::to_string(&m).unwrap())
        }
        Err(e) => {
            assert!(e.at <= b.len(), "{e:?} past the end of {b:?}");
            Err(e.eof)
        }
    }
}

fn same(b: &[u8]) {
    // The one difference by design: a number past f64's range is kept as written, where
    // serde_json refuses the text there (what follows it is then the reader's alone to judge).
    if let Err(e) = serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(b) {
        if e.to_string().starts_with("number out of range") {
            if let Err(own) = json::object(b) {
                let (line, column) = own.line_column(b);
                assert!(
                    (line, column) > (e.line(), e.column()),
                    "{:?}",
                    String::from_utf8_lossy(b)
                );
            }
            return;
        }
    }
    let (own, theirs) = (own_reading(b), serde_reading(b));
    let agree = match (&own, &theirs) {
        (Ok(a), Ok(b)) => close(
            &serde_json::from_str(a).unwrap(),
            &serde_json::from_str(b).unwrap(),
        ),
        _ => own == theirs,
    };
    assert!(
        agree,
        "{:?}: {own:?} against {theirs:?}",
        String::from_utf8_lossy(b)
    );
}

/// Equal values, floats within their last bits (serde_json's default float reading is not
/// always correctly rounded; the crate's keeps the number as written, and reads it with the
/// standard library's, which is).
fn close(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value as J;
    match (a, b) {
        (J::Number(x), J::Number(y)) if x.is_f64() || y.is_f64() => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            x == y || (x - y).abs() <= x.abs().max(y.abs()) * 1e-15
        }
        (J::Array(x), J::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| close(x, y))
        }
        (J::Object(x), J::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((k, x), (l, y))| k == l && close(x, y))
        }
        _ => a == b,
    }
}

#[test]
fn texts_read_as_serde_json_reads_them() {
    let texts: &[&str] = &[
        r#"{}"#,
        r#"  { "a" : 1 }  "#,
        r#"{"aud":"https://outlook.office365.com","roles":["IMAP.AccessAsApp"],"exp":1704905372}"#,
        r#"{"a":-0,"b":0.5,"c":1e3,"d":-1.25E-2,"e":18446744073709551615,"f":-9223372036854775808}"#,
        r#"{"big":18446744073709551616,"neg":-9223372036854775809}"#,
        r#"{"far":1e400}"#,
        r#"{"s":"\"\\\/\b\f\n\r\t\u00e4\u20AC\ud83d\ude00"}"#,
        r#"{"nested":{"z":1,"a":[true,false,null,{"y":{}}]},"x":[]}"#,
        r#"{"dup":1,"dup":2}"#,
        "{\"ä\":\"ü\"}",
        // Not objects, or not JSON.
        r#"[1,2]"#,
        "[",
        r#"[{"a":1},{"x":1"#,
        r#""text""#,
        r#"42"#,
        r#"null"#,
        r#"{"a":1}x"#,
        r#"{"a":1,}"#,
        r#"{"a" 1}"#,
        r#"{a:1}"#,
        r#"{"a":01}"#,
        r#"{"a":1.}"#,
        r#"{"a":.5}"#,
        r#"{"a":-}"#,
        r#"{"a":+1}"#,
        r#"{"a":1e}"#,
        r#"{"a":tru}"#,
        r#"{"a":"\x"}"#,
        r#"{"a":"\u12"}"#,
        r#"{"a":"\ud800"}"#,
        r#"{"a":"\ud800\u0041"}"#,
        r#"{"a":"\udc00"}"#,
        "{\"a\":\"tab\there\"}",
        "{\"a\":\"\u{1}\"}",
        // Cut off.
        r#"{"#,
        r#"{"a"#,
        r#"{"a":"#,
        r#"{"a":"x"#,
        r#"{"a":1"#,
        r#"{"a":-"#,
        r#"{"a":1.5e"#,
        r#"{"a":[1,"#,
        r#"{"a":"\u00"#,
        r#"{"a":"\ud83d"#,
        r#"{"a":"\ud83d\"#,
        r#"{"a":t"#,
        "",
        "   ",
    ];
    for t in texts {
        same(t.as_bytes());
    }
    // Bytes that are no UTF-8, inside a string and outside; a character cut by the end.
    same(b"{\"a\":\"\xff\"}");
    same(b"{\"a\":\xff}");
    same(b"{\"a\":\"\xc3");
    same(b"{\"a\":\"\xc3\xa4\"}");
}

#[test]
fn nesting_stops_where_serde_json_stops() {
    for depth in [126, 127, 128, 129, 200] {
        let text = format!("{{\"a\":{}1{}}}", "[".repeat(depth), "]".repeat(depth));
        same(text.as_bytes());
        let text = format!(
            "{{\"a\":{}1{}}}",
            "{\"b\":".repeat(depth),
            "}".repeat(depth)
        );
        same(text.as_bytes());
    }
}

#[test]
fn every_cut_of_a_payload_reads_as_serde_json_reads_it() {
    let text = r#"{"aud":"https://outlook.office365.com","iss":"https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/","iat":1704905372,"nbf":1704905372.0,"exp":1.7e9,"roles":["IMAP.AccessAsApp","SMTP.SendAsApp"],"xms_cc":{"cp1":true},"name":"Anna Müller \u00e4 \ud83d\ude00","n":null}"#;
    for end in 0..=text.len() {
        same(&text.as_bytes()[..end]);
    }
}

#[test]
fn values_write_as_serde_json_writes_them() {
    let text = "{\"s\":\"q\\\" b\\\\ c\\u0001 d\\u001f e\\u007f \\n\\r\\t\\b\\f / ä €\",\"a\":[1,-2,null,true,{\"k\":\"v\"}],\"o\":{\"a\":1,\"b\":2}}";
    let own = json::object(text.as_bytes()).unwrap();
    let theirs: serde_json::Map<String, serde_json::Value> = serde_json::from_str(text).unwrap();
    for (k, v) in &own {
        assert_eq!(v.to_string(), theirs[k].to_string(), "{k}");
    }
}

#[test]
fn numbers_stay_as_written_and_read_whole() {
    let own =
        json::object(br#"{"a":1704905372,"b":1704905372.75,"c":-3,"d":1.7e9,"e":1E+300}"#).unwrap();
    let get = |k: &str| match &own.iter().find(|(n, _)| n == k).unwrap().1 {
        Value::Number(n) => n.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(get("a").as_i64(), Some(1_704_905_372));
    assert_eq!(get("b").as_i64(), None);
    assert_eq!(get("b").whole(), Some(1_704_905_372));
    assert_eq!(get("c").whole(), Some(-3));
    assert_eq!(get("d").whole(), Some(1_700_000_000));
    assert_eq!(get("e").whole(), None);
    assert_eq!(get("e").to_string(), "1E+300");
    let own = json::object(
        br#"{"a":1.7672286e9,"b":-25e-1,"c":12.5E+1,"d":99999999999999999999,"e":5e-400}"#,
    )
    .unwrap();
    let whole = |i: usize| match &own[i].1 {
        Value::Number(n) => n.whole(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        (whole(0), whole(1), whole(2), whole(3), whole(4)),
        (Some(1_767_228_600), Some(-2), Some(125), None, Some(0))
    );
}

#[test]
fn many_keys_of_a_nested_object_read_in_linear_time() {
    // 120,000 distinct keys in one nested object (a payload of about 1.5 MB): read in one pass
    // (a first form inserted them sorted one by one: seconds).
    let mut text = String::from("{\"o\":{");
    for i in (0..120_000).rev() {
        if i != 119_999 {
            text.push(',');
        }
        text.push_str(&format!("\"k{i:06}\":{i}"));
    }
    text.push_str("}}");
    let started = std::time::Instant::now();
    let own = json::object(text.as_bytes()).unwrap();
    let Value::Object(members) = &own[0].1 else {
        panic!()
    };
    assert_eq!(members.len(), 120_000);
    assert_eq!(members[0].0, "k119999");
    // Generous for a debug build on a busy machine; inserting one by one took seconds.
    assert!(
        started.elapsed().as_secs_f64() < 1.5,
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn the_top_level_object_keeps_its_order_and_equal_keys() {
    let own = json::object(br#"{"z":1,"a":2,"z":3}"#).unwrap();
    let keys: Vec<&str> = own.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["z", "a", "z"]);
    // A nested object too (serde_json's map would sort it and keep the last "z").
    let own = json::object(br#"{"o":{"z":1,"a":2,"z":3}}"#).unwrap();
    assert_eq!(own[0].1.to_string(), r#"{"z":1,"a":2,"z":3}"#);
}

#[test]
fn an_error_tells_its_line_and_column() {
    let text = b"{\n  \"a\": 1,\n  \"b\": x\n}";
    let e = json::object(text).unwrap_err();
    assert!(!e.eof);
    assert_eq!(e.line_column(text), (3, 8));
    let e = json::object(b"[1]").unwrap_err();
    assert_eq!((e.at, e.eof), (0, false));
}

/// JSON texts of every kind of value, with escapes, non-ASCII and numbers of every form.
fn json_text() -> impl Strategy<Value = String> {
    let string = proptest::collection::vec(
        prop_oneof![
            Just("a".to_string()),
            Just("ä".to_string()),
            Just("😀".to_string()),
            Just("\\\"".to_string()),
            Just("\\\\".to_string()),
            Just("\\n".to_string()),
            Just("\\u00e4".to_string()),
            Just("\\ud83d\\ude00".to_string()),
            Just("\\ud800".to_string()),
            Just("/".to_string()),
            Just(" ".to_string()),
        ],
        0..5,
    )
    .prop_map(|parts| format!("\"{}\"", parts.concat()));
    let number = prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        (any::<i32>(), 0u32..1000).prop_map(|(a, b)| format!("{a}.{b}")),
        (any::<i16>(), -30i32..30).prop_map(|(a, e)| format!("{a}e{e}")),
        Just("-0".to_string()),
        Just("0.000001".to_string()),
    ];
    let leaf = prop_oneof![
        string.clone(),
        number,
        Just("true".to_string()),
        Just("false".to_string()),
        Just("null".to_string()),
    ];
    let value = leaf.prop_recursive(4, 32, 5, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5)
                .prop_map(|items| format!("[{}]", items.join(","))),
            proptest::collection::vec(("[a-c]{0,2}", inner), 0..5).prop_map(|members| {
                let m: Vec<String> = members
                    .into_iter()
                    .map(|(k, v)| format!("\"{k}\" : {v}"))
                    .collect();
                format!("{{ {} }}", m.join(" ,\n"))
            }),
        ]
    });
    proptest::collection::vec(("[a-d]{0,2}", value), 0..6).prop_map(|members| {
        let m: Vec<String> = members
            .into_iter()
            .map(|(k, v)| format!("\"{k}\":{v}"))
            .collect();
        format!("{{{}}}", m.join(","))
    })
}

proptest! {
    /// Whole texts, texts cut anywhere, and texts with one byte changed.
    #[test]
    fn generated_texts_read_as_serde_json_reads_them(
        text in json_text(),
        cut in any::<proptest::sample::Index>(),
        at in any::<proptest::sample::Index>(),
        byte in prop_oneof![Just(b'"'), Just(b'\\'), Just(b','), Just(b'}'), Just(b']'), Just(b'{'), Just(b'['), Just(b':'), Just(b'1'), Just(b'e'), Just(b' '), Just(0xc3u8), Just(0x01u8)],
    ) {
        let b = text.as_bytes();
        same(b);
        same(&b[..cut.index(b.len() + 1)]);
        if !b.is_empty() {
            let mut changed = b.to_vec();
            changed[at.index(b.len())] = byte;
            same(&changed);
        }
    }
}
