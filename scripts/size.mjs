// Size of the shipped page: prints raw, gzip and brotli bytes per file, compares the first visit (the single HTML file
// with html + js + wasm + css inlined) with the product budget, and fails when it grows past the ceiling.
//
// PRODUCT_BUDGET is the goal (250 KiB gzip; the hard limit is 350 KiB plus 40 KiB granted to the knowledge, read-back
// and evidence-script work). CEILING is what the current build must not exceed: it sits a few KiB above the measured
// size so that any growth fails the tests; lower it whenever the page gets smaller, until it reaches the goal.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

/** The ceiling in KiB gzip (see above). Raised from 330 to 336 when the second harvest's knowledge (a cause, AADSTS
 * codes, 15 known texts and their context words, the priors of thin evidence) added 7 KiB, and from 336 to 342 when
 * the third harvest's (Entra messages read without their number for 185 codes, 11 codes, about 30 known texts in
 * English and German) added 7 KiB, both inside the 40 KiB grant; code cuts took 1.4 KiB back. From 342 to 348 for the
 * fourth harvest's (six AADSTS codes and their phrases, about 40 client-library texts and needles in English and
 * German: 3.5 KiB) and the client-library message catalogues read from the libraries' sources. From 348 to 358 for
 * the fifth and sixth harvests' (every AADSTS code of Microsoft's reference page: 136 more codes, 374 in all, with 93
 * more phrases of their wording; about 25 known texts in English and German: 9.5 KiB, 356.8 KiB measured). From 358
 * to 364 for the seventh to ninth harvests' (about 25 known-text rows and 150 needles in English and German, the 5.7.57
 * rows moved from rule code into the table, AADSTS50052, RBAC for Applications read back, XOAUTH2 written as code:
 * 4.2 KiB, 361.6 KiB measured), still inside the 40 KiB grant. From 364 to 368 for the twelfth to seventeenth
 * harvests' (22 German failure-reason phrases, AADSTS error names read as codes, pasted claims read as a token, about
 * 60 needles and 5 known-text rows in English and German, code-table rows and wrapped lines read) and the eighth
 * performance round's exact-word filter and exact-size unescaping: 5.0 KiB, 367.4 KiB measured, still inside the
 * 40 KiB grant (hard limit 390). From 368 to 376 for the eighteenth and nineteenth harvests' (a family of what reports
 * tell of the setup in prose, sixteen rows with their reasons in English and German, about 45 needles for a refused
 * sign-in or password told in prose, EWS's access denial as a row of its own, the monotone shares of thin evidence:
 * 7.2 KiB with the ninth performance round's -0.3 KiB, 374.3 KiB measured), still inside the grant (hard limit 390).
 * From 376 to 380 for the twentieth to twenty-second harvests' (the OAuth error words as a table with their meaning in
 * English and German, grants and app-only permissions read as the flow, about 40 needles and 3 known-text rows in
 * English and German: 3.9 KiB) and the tenth performance round's 16-byte fast paths (0.9 KiB): 379.3 KiB measured,
 * still inside the grant (hard limit 390). From 380 to 389 for the twenty-third harvest's concept rows (40 rows pairing
 * each cause's subject with what is said of it, in English and German, with short reasons: about 5 KiB) and the
 * clients' translation files (PHPMailer, msmtp, mpop and NeoMutt in 49 languages: 3.2 KiB): 387.7 KiB measured; to
 * 390, the hard limit itself, with the compiled line reader and the concept rows' last wordings (389.0 KiB measured).
 * The 40 KiB grant is used up: further knowledge has to be paid for by cuts. Lowered to 388 after code cuts
 * (2026-12-03: header and footer as plain functions, the route's cause ids read from the id table, LZMA `lc=4`;
 * 387.7 KiB measured); those 1.3 KiB paid for reading a paste's forms (wrapped lines joined, no-break spaces and
 * typographic quotes read plain, Markdown's escapes undone: 389.0 KiB measured), so back to 390. Lowered to 386 when
 * each bilingual text became one string, English and German joined by a separator, in place of two pointer-and-length
 * pairs (2026-12-03: 3.7 KiB, 385.3 KiB measured; 385.7 KiB with the typed Entra codes and sentence-closing OAuth
 * words read). Lowered to 377 after size cuts (2026-12-04: the last three call sites of the standard sort on the shared
 * one, the known texts' word lists and the line context words as one string each, the AADSTS table and its message
 * phrases packed at compile time, the rules' hash sets as lists and their hash maps of one type: 385.5 -> 376.3 KiB
 * measured); 378 with more paste forms read (a URL-encoded error_description, HTML's tags, codes typed with a blank:
 * 1.6 KiB, 377.9 KiB measured); 379.5 with the dense logs' reading memos (1.1 KiB, 379.0 KiB measured). Lowered to 377
 * after the reference, the input panel and the results became plain functions and a hook of the app instead of Yew
 * components, and the route's AADSTS prefix lost its substring searcher (2026-12-04: 2.6 KiB, 376.0 KiB measured);
 * 379 with the concept rows that read wordings no row was written for (TLS, connections, certificates, refused senders,
 * Entra messages of unknown codes: 2.4 KiB, 378.4 KiB measured; knowledge, within the 40 KiB granted). 386 with the
 * twenty-seventh set's knowledge (2026-12-04: 177 AADSTS codes from Microsoft's pages and the token service's message
 * templates, 209 more phrases of their wording, concept words, EWS codes: 7.4 KiB, 385.8 KiB measured; knowledge,
 * within the hard limit of 390); 387 with the dense logs' native fast paths (0.3 KiB, 386.1 KiB measured, wasm-opt -Os
 * taking 0.2 KiB back). Lowered to 386.6 when the views' elements with literal attributes, no listeners and one
 * child (or one fragment) were built by one out-of-line function, components::el, instead of html!'s inline code
 * (2026-12-04: 389.2 -> 386.5 KiB measured, 398,502 -> 395,787 bytes; same DOM); 386.2 with that function generic over
 * the child, so that a text child is made a node there and not at each element, and the plain buttons built by one
 * function (components::button). Measured with main's build identity for all four builds (the commit id in the page
 * alone moves the gzip size by up to 0.15 KiB): 398,502 -> 395,755 -> 395,524 -> 395,404 bytes (386.1 KiB); 386.3
 * leaves room for the commit id. 388.8 with the twenty-eighth and twenty-ninth sets' knowledge (2026-12-04, a later
 * session: client libraries' configuration, back-off and resolver failures, German client texts, concept rows for a
 * client's OAuth settings incomplete, a user name or scope missing, signed in but not authorised, a server unavailable
 * for now; four AADSTS codes: 5.4 KiB before the views' cut, 388.6 KiB measured with it and the page's SIMD memcmp;
 * knowledge, within the hard limit of 390); 389.0 with concept rows for EWS and Graph codes read by their names' parts
 * (0.1 KiB, 388.7 KiB measured; the commit id moves the size by up to 0.15 KiB). Lowered to 384.6 after code cuts
 * (2026-12-04: the views' computed classes without Yew's Classes, 2.3 KiB; the app's four clean-up-free effects as one
 * hook, 0.15 KiB; Talc as the page's allocator instead of dlmalloc, 2.0 KiB: 397,705 -> 393,169 bytes, 388.4 -> 384.0
 * KiB measured with one fixed build identity; CLI output and server renders byte-identical). 385.7 with the
 * thirtieth harvest's knowledge (HTTP 403 forms, Graph's refusal of a daemon, three Entra refine rows, two concept
 * rows and German wordings: 1.1 KiB, 385.1 KiB measured); 386.6 with EWS's retirement in Exchange Online (its step,
 * the protocol cause's explanation, a concept row) and the dense logs' native fast paths (0.2 KiB of shared code):
 * 386.0 KiB measured; 387.2 with EWS's policy header, the thirty-first set's words and the refused sign-in told
 * apart from a refused connection: 386.6 KiB measured. 388.0 after code cuts on the build of f3681a6, which measured
 * 388.7 KiB, past the ceiling of 387.2 (2026-12-05: the views' bilingual and literal text children
 * read and made into nodes by one function each, components::el_text, tx and tn, strings::fill_in for the views'
 * templates, and the rules' one-reference findings added by Acc::add_ev: 398,065 -> 396,646 bytes with one fixed
 * build identity; 387.4 KiB measured; same DOM, server renders and CLI output). 389.6 with the same day's knowledge
 * (Outlook add-ins' legacy tokens, the thirty-second to thirty-fourth sets' rows and concept rows: about 2 KiB) and
 * the page's speed round (0.5 KiB): 389.0 KiB measured, 1.0 KiB below the hard limit of 390. Lowered to 388.9 when
 * the views' 51 elements with computed attributes, a key or a listener were built by one function out of line
 * (2026-12-05: components::el_dyn and input_dyn through eld!, el!'s @on form; 398,299 -> 397,616 bytes with one fixed
 * build identity, 388.3 KiB measured; same DOM and server renders). Lowered to 387.2 when wasm-opt ran its -O2
 * pipeline with shrink level 1 and inlined functions of one caller only up to 150 bytes (-ocimfs 150) and always those
 * up to 4 bytes (-aimfs 4), on the build that measured 390.2 KiB after the thirty-fifth and thirty-sixth sets'
 * knowledge (2026-12-05: 399,515 -> 395,882 bytes with one fixed build identity, 386.6 KiB measured; the same Rust
 * code, so the same CLI output and server renders). Raised to 388.9 (2026-12-05) by the six text sets' knowledge
 * (thirty-fifth to fortieth: about 40 rows, concept rows and phrases in English and German, 1.1 KiB) and the
 * protocol log's speed round (a re-sent XOAUTH2 blob reusing its keys, 0.4 KiB): 388.3 KiB measured, still at or
 * below the ceiling of the session's start. Raised to 389.6 (2026-12-05, a later session) by the forty-first and
 * forty-second sets' knowledge (a token request refused with its HTTP status only: a family of three rows, its rule
 * and question, the scanner keeping a token request's words before an HTTP status; concept rows, context words: 2.1
 * KiB), less what was cut for it: the new reasons and question shortened (0.2 KiB) and the rows' matcher walked by one
 * copy for its thirty callers instead of one per closure (0.75 KiB): 389.5 KiB measured, under the hard limit of 390.
 * Lowered to 386.5 after code cuts (2026-12-05, a later session: ArtifactKind no longer cloned whole, the scanner
 * copying only the kinds it keeps to file again and the decode notes borrowing theirs, 1.0 KiB; the scanner's seen
 * keys on its one hash-map type, 0.1 KiB; the shared sort swapping elements into place from keys collected per call
 * site instead of moving them through a vector of options per element type, 2.1 KiB: 398,784 -> 395,516 bytes with
 * one fixed build identity, 386.3 KiB measured with the commit's; same CLI output and server renders). Raised to
 * 387.2 with the concept rows written from the tuning half's unread wordings (thirteen rows and words, English and
 * German, and the token status rows' two further candidates, about 0.9 KiB): 387.1 KiB measured, 387.2 (396,496
 * bytes) in a fresh clone, whose build identity differs; the ceiling keeps 0.2 KiB above that. Raised to 388.0
 * (2026-12-06) by the forty-sixth to forty-eighth sets' knowledge (Azure.Identity's client secret credential failing
 * without its answer, a token status row; AADSTS70001's v1 wording; Graph's bare refusal with a missing application
 * permission; impersonation denied to a service account without its role; Java's non-TLS answer; German concept
 * words, Node's fetch failure and throttling named alone: 0.5 KiB): 387.8 KiB measured, under the hard limit of 390.
 * Raised to 388.7 by the forty-ninth set's knowledge and the thin evidence's OAuth rule-out (an NTLM or Basic sign-in
 * in a library's words, Go's i/o timeout, Exim's refusal, Exchange Online's SMTP server on port 465 as a rule, EWS named
 * with punctuation: 0.7 KiB): 388.5 KiB measured, under the hard limit of 390. Lowered to 384.7 after code cuts
 * (2026-12-06, a size round on the session's starting commit: the shared sort as a heapsort, 1.4 KiB; the scanner's
 * own base64 decoder in place of the base64 crate's engine, 0.75 KiB; the app's hooks down to one reducer, one memo and one effect, 0.95 KiB; one copy
 * function for the copy buttons, memrchr for a text's last separator, with_class without Rc::make_mut: 0.6 KiB;
 * 396,548 -> 392,796 bytes with one fixed build identity, 383.6 KiB (392,839 bytes) measured with the commit's; same
 * CLI output and server renders), merged with the knowledge above: 384.5 KiB measured; 384.6 with the wasm stack at
 * 96 KiB (the ceiling keeps 0.2 KiB above it). Raised to 385.1 by Microsoft Graph named in words as a protocol hint
 * (the scanner's word filter and one test in its protocol hints: 0.3 KiB): 384.9 KiB measured. Raised to 389.1
 * (2026-12-06, a later session) by the fifty-second to fifty-fourth sets' knowledge: the concept rows' statements and
 * subjects in eight more languages, KDE's, Claws Mail's, GLPI's, EGroupware's and Bitrix's messages in theirs, six
 * new concept and bare-failure rows, Graph's 401/403 in applications' words (4.0 KiB together): 388.9 KiB measured,
 * under the hard limit of 390. Code cuts on the build of bbfe194 (388.9 KiB): wasm-opt ordering functions by name,
 * folding added constants into offsets and dropping alignment hints, 1.6 KiB; join, replace and the char-set
 * patterns through one copy each, 0.6 KiB; the producers and target-features sections stripped, 0.2 KiB: 398,201 ->
 * 395,747 bytes with one fixed build identity, 386.5 KiB; same CLI output and server renders. Merged with the
 * fifty-fifth to fifty-ninth sets' knowledge: 387.8 KiB measured, 387.9 in a fresh clone (its build identity
 * differs); the ceiling keeps 0.2 KiB above that. Lowered to 383.2 after a second size round on 7557536 (387.8 KiB;
 * 2026-12-06: each Text and word list by its address alone, its length found at a NUL after it, 4.2 KiB; twelve
 * fixed lists of the scanner, rules and redaction as word lists, 0.3 KiB; an AADSTS code's confidence in a byte,
 * 0.3 KiB: 397,126 -> 392,165 bytes with one fixed build identity, 383.0 and 383.1 KiB (392,195 and 392,247 bytes)
 * measured with two of its commits' identities; same CLI output); the ceiling keeps 0.2 KiB above that. Raised to
 * 385.9 (2026-12-06, a later session) by the sixtieth to sixty-eighth sets' knowledge merged with that round
 * (concept rows for a token not retrieved or not renewed, a service principal not found, a client that can no
 * longer authenticate, a password sign-in disabled by the server, a token without permissions, an application's
 * role not supported, and more words in existing rows; ADAL's and MSAL's error words; Entra's sign-in error list read
 * as `code: message`: 2.6 KiB): 385.7 KiB measured, under the hard limit of 390. Lowered to 384.6 (2026-12-06, a
 * fourth session) after a third size round (the page's panics without their source locations, `-Zlocation-detail=none`
 * in scripts/build.sh: 394,855 -> 390,439 bytes with one fixed build identity, 4.3 KiB) merged with the sixty-ninth
 * to seventy-ninth sets' knowledge (known texts, concept rows, an AADSTS code and German message phrases, the TLS
 * handshake and busy-server rows: about 2.7 KiB): 384.3 KiB measured; the ceiling keeps 0.3 KiB above that. Raised
 * to 385.2 (2026-12-06, a fifth session) for the page's speed on the dense logs (the whole-text searches a window at a
 * time, the record reader's line table sized from the walk, the line count in SIMD128: 393,506 -> 393,976 bytes with
 * one fixed build identity, 470 bytes; docs/PERFORMANCE.md): 384.9 KiB measured with the commit's own identity
 * (394,122 bytes), under the hard limit of 390; the ceiling keeps 0.3 KiB above that. Raised to 388.1 the same
 * session by the eightieth to eighty-fifth sets' knowledge (programs that sign users in, known texts, concept rows
 * and Entra's wordings read without their code, in English and German: about 2.9 KiB) merged with that speed work:
 * 387.8 KiB measured, 388.0 in a fresh clone's CI run (its build identity differs), under the hard limit of 390;
 * the ceiling keeps 0.3 KiB above that. Lowered to 371.1 (2026-12-06, a fourth size round) when the wasm's code
 * section went into LZMA as streams of like parts, joined again by the page (scripts/wasm-split.js; the wasm itself
 * unchanged): 397,304 -> 379,693 bytes with one fixed build identity, 17.2 KiB less, 370.8 KiB measured with the
 * commit's own identity; the ceiling keeps 0.3 KiB above that. Raised to 372.6 the same day (a sixth session) by
 * the eighty-sixth to ninety-fourth sets' knowledge (rows for CDO, Dynamics 365, WS-Trust, MailKit's and Symfony's
 * sign-in words, concept rows, the OAuth attempt artifact and AADSTS700024's window; about 1.5 KiB): 372.3 KiB
 * measured; the ceiling keeps 0.3 KiB above that. Raised to 373.0 by the ninety-fifth to ninety-seventh sets' concept
 * rows and the TLS-on-connect row: 372.7 KiB measured. Raised by 67 AADSTS codes of the sign-in log's list and of
 * public issue threads (device-code endpoints, federated credentials, Temporary Access Pass, external identity
 * providers, service errors) with 54 phrases of their wording (2.5 KiB), and by the seventh session's rows and the
 * large paste's reading into one shared string, the speed round's masking scan and the page's 64-bit group keys:
 * 377.6 KiB measured. Raised to 379.0 by the eighth session's knowledge: the call on Graph's /me as evidence with its
 * rule and texts, a mailbox's Graph resources at the root, the c-client mailbox's TLS flag, and the known texts' index
 * in one array (0.8 KiB with the index's two walks): 378.7 KiB measured; then Graph's DelegatedCalendarAccessDenied,
 * the app-only flow read from libraries' calls, /me read without its host, a certificate's revocation left unchecked and
 * a client's retries of server errors (1.1 KiB): 379.8 KiB measured; then the review's mending (the users' library calls,
 * the segment row split, the c-client mailboxes) and AADSTS70011's phrase: 380.2 KiB measured. Raised to 383.3 by the
 * ninth session's knowledge (2.6 KiB): refusals in other words, a server's certificate and STARTTLS after the server
 * agreed, Exim's greeting, nodemailer's socket and greeting errors, remote PowerShell's HTTP 440, MSAL.NET's loopback
 * URI, .NET's proxy policy, EWS's unroutable request, Graph's missing license, a moved mailbox's stale information,
 * AADSTS50078's own meaning: 382.0 KiB measured; then the review's rows of their own (a proxy's use policy, WSAEACCES,
 * HTTP 440 beside a sovereign cloud's host), the CORS row and EWS's version mismatch: 382.8 KiB measured (382.9 in a
 * fresh clone, whose build identity differs; the LZMA-packed wasm moves the gzipped page by up to ±0.3 KiB for a few
 * bytes, so the ceiling keeps that margin). Raised to 384.0 by the tenth session's knowledge (0.7 KiB): mutt's and
 * lettre's missing mechanisms, mbedTLS's invalid record, any starttls:// URL, AADSTS50034 in the outlook.com directory,
 * AADSTS500027, ActiveSync's status 126 and TbSync's missing versions, Laminas Mail's POP3 refusal, refusals worded
 * "not successful", a code's first cause worded by its confidence, the review's mending: 383.6 KiB measured. Raised
 * to 386.6 by the eleventh session's knowledge (2026-12-07, 2.6 KiB: about twenty rows and refinements — Entra's
 * message variants, High Volume Email's and Outlook.com's replies, MailCore's, FairEmail's and Thunderbird's messages,
 * the latter two in their translations (their CJK and Cyrillic needles the largest part), the concept rule for a
 * server code's open reading, a missing refresh token): 386.2 KiB measured, 386.6 in the benchmark's build of the
 * next commit and 386.7 in a fresh clone's CI run of the one after (the build identity differs; the LZMA-packed code
 * moves by up to ±0.4 KiB), under the hard limit of 390; the ceiling keeps 0.5 KiB above the highest. Raised to 389.9
 * by the twelfth session's knowledge (2026-12-07, 2.6 KiB: about twenty rows, refinements and concept rows — the
 * German sign-in log's labels, Microsoft's own services not found, six Entra codes' variants, Exchange Online
 * PowerShell's 401, the PFX password, a client assertion's audience, a tenant's own token endpoint, password, refresh
 * and TLS-mode messages in six more European languages — and the review's narrowing of them, with the reasons of this
 * session's rows shortened twice): 389.1 KiB measured on a clean commit, under the hard limit of 390, which the
 * ceiling does not pass: the 40 KiB grant is used up, and further knowledge has to be paid for by cuts. Kept at 389.9
 * in a thirteenth session (2026-12-07): its knowledge (about twelve rows, two refinements, needles in existing rows,
 * the masker's German `Kennwort`: 1.3 KiB, 390.4 KiB measured on a clean commit) paid for by a fifth size round — 42
 * needles another needle of their list already contains dropped, a known text's pointer weight in hundredths and a
 * reply code as a number (a byte and two instead of four and eight), two decoded tokens compared by what they were
 * decoded from instead of every claim: 389.6 KiB measured on a clean commit, 389.5 and 389.6 with two other build
 * identities; the review's mending (390.2 KiB) then paid for by dropping five of the session's one-source rows:
 * 389.5 KiB measured on a clean commit. Lowered to 382.0 in a sixteenth session (2026-12-07): the page reads token
 * parts, SASL challenges and pasted claims with the crate's own JSON reader (src/json.rs) instead of serde_json's
 * deserializer, value type and number formatting: 398,802 -> 390,575 bytes (389.5 -> 381.4 KiB) on clean commits.
 * Raised to 383.0 by the same session's knowledge (Graph's mail permissions told beside a mail protocol, a change told
 * minutes old, the switch told false, the setup commands and the scope shown without a token restored from the
 * fourteenth session: 1.2 KiB, 382.6 KiB measured). Raised to 383.5 by the review's mending (tighter rows and their
 * vetoes, a row of its own for a sign-in told blocked, the likely run worded as likely, a number's whole part read
 * from its digits: 384.3 KiB measured), less the standard library's sort the JSON reader had brought in (nested
 * objects keep their members as written: 1.1 KiB): 383.1 KiB (392,327 bytes) measured on 89324fb. Raised to 384.9
 * by a seventeenth session's knowledge (2026-12-07: New-ServicePrincipal and admin consent told not done, the portal's
 * "Not granted for", other mailboxes told working, the token's audience told, AADSTS70020, German PowerShell's and
 * .NET's wordings, a server reply never joined to a wrapped sentence: 1,268 bytes): 384.4 KiB (393,595 bytes)
 * measured on 43b0162, 384.5 in a fresh clone's CI run of 57db827 (its build identity differs), under the hard limit
 * of 390. Raised to 386.7 by an eighteenth session (2026-12-07: a Format-Table read without its line of dashes, a
 * token's claims copied without braces, SMTP's refused AUTH beside "not authenticated" and .NET's password-only
 * client, the admin machine's sign-in window, .NET Framework's German wording, the Enterprise object id told used:
 * 1,920 bytes, code and rows): 386.2 KiB (395,515 bytes) measured on c802a3a, under the hard limit of 390. Raised
 * to 387.0 by the same session's last mend (claims told as advice or an older token's, with the words before them:
 * 0.3 KiB; a first version searched them with memchr's memmem, whose code cost 1.2 KiB in the page, and now uses the
 * crate's own byte search): 386.5 KiB measured on the working tree of 2d93396's successor. Raised to 389.0 by a
 * nineteenth session (2026-12-08: prose read by clause without what it rules out or guesses at, the review's
 * look-alikes of logs and prose as row vetoes, six rows from real texts: 2.2 KiB, about 7 KB of word lists and reasons
 * and 2 KB of code): 388.8 KiB (398,163 bytes) measured on b4264f2, under the hard limit of 390. Its first version also set aside an Entra error
 * told fixed or followed by a token told issued; that reading (2.5 KiB of code and words) was taken out again after
 * its review, and with it the page went from 391.2 to 388.7 KiB. Raised to 389.7 by a twentieth session
 * (2026-12-08: whole client debug logs read for what their lines are — mechanism lists, legends, DEBUG and INFO
 * lines, SOAP headers, PowerShell 7's error view, Graph's SDK errors, the TLS mode behind failed connections —, the
 * Get-ServicePrincipal table read back, the EWS impersonation refusal without a sign-in shown, a sub-code weighed in
 * full: +3.6 KB of wasm, 1.7 KB of it text; the impersonation reasons shortened and one reading taken out again):
 * 389.5 KiB (398,846 bytes) measured on a clean commit, under the hard limit of 390 (399,360 bytes). */
const CEILING_KIB = 389.7;

const PRODUCT_BUDGET = 250 * 1024;
const CEILING = Number(process.env.SIZE_CEILING_KIB || CEILING_KIB) * 1024;
const rows = [];
const measure = (label, path) => {
  const raw = readFileSync(path);
  const gz = gzipSync(raw, { level: 9 }).length;
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push({ label, raw: raw.length, gz, br });
  return gz;
};
for (const f of readdirSync('dist/trunk').filter((f) => /\.(wasm|js|css|html)$/.test(f)).sort()) {
  measure(`dist/trunk/${f}`, join('dist/trunk', f));
}
const total = measure('dist/site/index.html (all inlined)', 'dist/site/index.html');
const w = Math.max(...rows.map((r) => r.label.length));
console.log(`${'file'.padEnd(w)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`);
for (const r of rows) {
  console.log(`${r.label.padEnd(w)}  ${String(r.raw).padStart(9)}  ${String(r.gz).padStart(9)}  ${String(r.br).padStart(9)}`);
}
const kb = (n) => (n / 1024).toFixed(1);
const verdict = total <= PRODUCT_BUDGET
  ? `within the ${kb(PRODUCT_BUDGET)} KiB product budget`
  : `OVER the ${kb(PRODUCT_BUDGET)} KiB product budget by ${kb(total - PRODUCT_BUDGET)} KiB`;
if (total > CEILING) {
  console.error(`size: FAIL — the page is ${kb(total)} KiB gzip, past the ${kb(CEILING)} KiB ceiling (${verdict})`);
  process.exit(1);
}
console.log(`size: the page is ${kb(total)} KiB gzip, ${verdict}; ceiling ${kb(CEILING)} KiB`);
