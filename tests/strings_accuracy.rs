//! Accuracy over the vendored error strings (`tests/fixtures/error-strings.jsonl`: texts from
//! Microsoft's reference pages and real threads, each with its `source`), scored as
//! `scripts/calibrate.py` and the corpus's scorer score them: every row twice, as logged (`text`) and bare
//! (`bare`, when it differs), a hit when the first (top-1) or one of the first three (top-3)
//! findings is the row's cause or one of its `also_acceptable` ones; `unconfirmed` rows are run
//! but not scored. The floors are the figures reached: a regression fails. The rows are a sample
//! of the families the catalogue reads, not the rows it was written from. The second set
//! (`tests/fixtures/error-strings-2.jsonl`) is scored the same way, as logged and bare apart; its
//! misses were closed by adding the families they belong to, so its floors guard those families.

use exo_oauth_doctor::{analyze, Options};
use serde_json::Value;
use std::collections::BTreeMap;

const STRINGS: &str = include_str!("fixtures/error-strings.jsonl");
/// The second set (`tests/fixtures/error-strings-2.jsonl`): AADSTS codes from Microsoft's
/// reference page, SMTP/IMAP/POP replies, EWS response codes, Graph errors, Exchange Online
/// PowerShell, client-library exceptions and TLS/network texts, gathered after the first.
const STRINGS_2: &str = include_str!("fixtures/error-strings-2.jsonl");
/// The third set (`tests/fixtures/error-strings-3.jsonl`): AADSTS codes the catalogue lacked and
/// the Entra sign-in log's wording without the prefix, EWS response codes, Exchange Online NDRs,
/// client-library texts and real threads, gathered after the second.
const STRINGS_3: &str = include_str!("fixtures/error-strings-3.jsonl");
/// The fourth set (`tests/fixtures/error-strings-4.jsonl`): client-library messages, EWS
/// response codes and AADSTS codes gathered after the third.
const STRINGS_4: &str = include_str!("fixtures/error-strings-4.jsonl");
/// The fifth set (`tests/fixtures/error-strings-5.jsonl`): client-library messages (MailKit,
/// MSAL, exchangelib, Symfony Mailer, Angus Mail, Go, Ruby, mbsync, .NET and Windows in English
/// and German), AADSTS codes, Exchange Online PowerShell output, gathered after the fourth.
const STRINGS_5: &str = include_str!("fixtures/error-strings-5.jsonl");
/// The sixth set (`tests/fixtures/error-strings-6.jsonl`): mail clients' own messages (msmtp,
/// NeoMutt, aiosmtplib, Laminas, Commons Email, MailKit POP3, Thunderbird, EN and DE), Graph
/// SDK and EWS errors, AADSTS messages in MSAL and Azure.Identity wrappers.
const STRINGS_6: &str = include_str!("fixtures/error-strings-6.jsonl");
/// The seventh set (`tests/fixtures/error-strings-7.jsonl`): applications' own messages read
/// from their sources and translations (Odoo, Roundcube, FreeScout, Nextcloud Mail, Zammad,
/// paperless-ngx, SnappyMail, Znuny; a third in German) and libraries' wrappers around
/// Exchange Online's replies (lettre, rust-imap, go-smtp, go-imap, curl, Spring, vert.x,
/// System.Net.Mail and Send-MailMessage EN/DE, Graph SDKs and Graph PowerShell, Azure.Identity,
/// MSAL.js and MSAL Java, node-imap).
const STRINGS_7: &str = include_str!("fixtures/error-strings-7.jsonl");
/// The eighth set (`tests/fixtures/error-strings-8.jsonl`): applications read from their sources
/// and translations after the seventh (Evolution and evolution-ews, Claws Mail, GNOME Online
/// Accounts, Geary, fetchmail, KMail, GLPI, Nextcloud, n8n; two fifths German) and texts from
/// real threads and Microsoft's pages (Exchange Online PowerShell app-only, Graph SDKs for PHP
/// and JavaScript, PnP PowerShell, EWS Managed API, Microsoft.Identity.Web, IMAP clients).
const STRINGS_8: &str = include_str!("fixtures/error-strings-8.jsonl");
/// The ninth set (`tests/fixtures/error-strings-9.jsonl`): applications read from their sources
/// after the eighth (Mailspring EN/DE, osTicket, Jenkins, OTOBO, Vaultwarden, Keycloak, Mautic,
/// Uptime Kuma, Mattermost, iTop, GitLab's mail_room, Gitea), most with a real Exchange Online
/// reply placed in the application's wrapper.
const STRINGS_9: &str = include_str!("fixtures/error-strings-9.jsonl");
/// The tenth set (`tests/fixtures/error-strings-10.jsonl`): German texts from Microsoft's own
/// pages (the German AADSTS reference table's descriptions, German SMTP replies, Dynamics 365
/// server-side sync, .NET) and a German client's notes.
const STRINGS_10: &str = include_str!("fixtures/error-strings-10.jsonl");
/// The eleventh set (`tests/fixtures/error-strings-11.jsonl`): Sylpheed and Horde (EN/DE), Perl's
/// Email::Sender and Net::SMTP, Grafana, Zabbix, IMAPClient, php-imap2, Rocket.Chat.
const STRINGS_11: &str = include_str!("fixtures/error-strings-11.jsonl");
/// The thirteenth set (`tests/fixtures/error-strings-13.jsonl`): texts quoted verbatim, none
/// composed: applications' own messages from their sources and translations (EmailEngine,
/// FairEmail EN/DE, DavMail, mutt EN/DE, himalaya, Thunderbird for Android, go-mail,
/// simple-java-mail, LimeSurvey, pizauth, emailjs, cypht, imapflow), MSAL Go, and texts users
/// pasted in threads (Graph SDK retries, Exchange Online PowerShell, Java PKIX, EWS).
const STRINGS_13: &str = include_str!("fixtures/error-strings-13.jsonl");
/// The fifteenth set (`tests/fixtures/error-strings-15.jsonl`): translations of a few clients'
/// messages (NeoMutt, msmtp, mpop, PHPMailer) into twelve languages, OfflineIMAP, Post SMTP, a
/// TYPO3 Graph mailer's hints, and Microsoft Learn pages in French and Spanish.
const STRINGS_15: &str = include_str!("fixtures/error-strings-15.jsonl");
/// The seventeenth set (`tests/fixtures/error-strings-17.jsonl`): German and English texts from
/// Microsoft's pages (German copies of the AADSTS and sign-in log code tables, German Microsoft
/// 365 admin help on NDRs and TLS, support articles), vendor pages and a few threads.
const STRINGS_17: &str = include_str!("fixtures/error-strings-17.jsonl");
/// The twentieth set (`tests/fixtures/error-strings-20.jsonl`): texts quoted verbatim from
/// Microsoft's support articles and identity-platform pages: the OAuth error tables of the token
/// and authorization endpoints (authorization code, client credentials, password and device code
/// flows), the consent-screen errors, Exchange Online's bounces and remote PowerShell errors, EWS
/// throttling codes, Graph's send-as denial and throttling.
const STRINGS_20: &str = include_str!("fixtures/error-strings-20.jsonl");
/// The twenty-second set (`tests/fixtures/error-strings-22.jsonl`): the messages of apps that sign
/// in to mailboxes, quoted verbatim from their message catalogues, German above all (Thunderbird,
/// Mailspring, Zammad, Odoo, Thunderbird for Android, DavMail); most wrap the server's reply and
/// are unconfirmed (kept for recognition).
const STRINGS_22: &str = include_str!("fixtures/error-strings-22.jsonl");
/// The twenty-third set (`tests/fixtures/error-strings-23.jsonl`): applications' own words for a
/// failed sign-in or send (ticket systems, CRMs, ERP mail connectors, WordPress and Laravel mailers,
/// archivers, DavMail, Nextcloud, Thunderbird for Android; EN and DE), quoted from their sources.
const STRINGS_23: &str = include_str!("fixtures/error-strings-23.jsonl");
/// The twenty-seventh set (`tests/fixtures/error-strings-27.jsonl`): texts gathered blind where
/// no fixture had them: the token service's message templates (with `"code"` and without the
/// prefix), MSAL, Graph SDK and federated-credential threads, TLS and network failures towards
/// Entra and Exchange Online, EWS response codes; EN and DE.
const STRINGS_27: &str = include_str!("fixtures/error-strings-27.jsonl");
/// The twenty-eighth set (`tests/fixtures/error-strings-28.jsonl`): texts gathered blind where no
/// fixture had them, most from client libraries' own sources (MSAL for .NET, Python, JavaScript
/// and Java, exchangelib, nodemailer, MailKit, Angus Mail, PHPMailer, sasl-xoauth2, Email OAuth
/// 2.0 Proxy, Roundcube, Nextcloud Mail, Evolution EN/DE), wrapped as they print them; token
/// service templates of codes no fixture had; EWS response codes; EN and DE.
const STRINGS_28: &str = include_str!("fixtures/error-strings-28.jsonl");
/// The twenty-ninth set (`tests/fixtures/error-strings-29.jsonl`): texts gathered blind from
/// sources no earlier set used (python-o365, aiosmtplib, Ruby's net-smtp and net-imap, Horde's IMAP
/// client in German, go-sasl, lettre, Webklex php-imap, FreeScout, paperless-ngx, osTicket's and
/// GLPI's OAuth plugins, iTop, Thunderbird for Android, Azure CLI, Azure.Identity, Microsoft Graph
/// PowerShell threads), German rows of Microsoft's EWS and Graph references, token service codes.
const STRINGS_29: &str = include_str!("fixtures/error-strings-29.jsonl");
/// The thirty-first set (`tests/fixtures/error-strings-31.jsonl`): texts gathered blind, half of
/// them German: Thunderbird's 2025–26 account setup and OAuth strings, Checkmk's mailbox checks,
/// Claws Mail's OAuth2 log lines, Geary, evolution-data-server and evolution-ews.
const STRINGS_31: &str = include_str!("fixtures/error-strings-31.jsonl");
/// The thirty-third set (`tests/fixtures/error-strings-33.jsonl`): texts gathered blind, almost
/// half of them German: KMail and Akonadi (IMAP, POP3, SMTP, EWS, Outlook OAuth2), Frappe/ERPNext,
/// Moodle's Microsoft 365 plugin, Exchange Online PowerShell threads.
const STRINGS_33: &str = include_str!("fixtures/error-strings-33.jsonl");
/// The thirty-fifth set (`tests/fixtures/error-strings-35.jsonl`): texts gathered blind from
/// vendors' troubleshooting pages and admins' blogs (ticket, CRM and backup products, hybrid
/// Exchange), each with the cause the page states or a judgement.
const STRINGS_35: &str = include_str!("fixtures/error-strings-35.jsonl");
/// The thirty-sixth set (`tests/fixtures/error-strings-36.jsonl`): texts gathered blind from mail
/// clients' own messages (mutt and its OAuth2 script, GNU SASL, Alpine, aerc, the Graph
/// PowerShell SDK), a third German from the projects' catalogues.
const STRINGS_36: &str = include_str!("fixtures/error-strings-36.jsonl");
/// The thirty-seventh set (`tests/fixtures/error-strings-37.jsonl`): texts gathered blind from
/// Balsa, OpenProject, SOGo, Bitrix24 and a NAS's notification centre, two fifths German.
const STRINGS_37: &str = include_str!("fixtures/error-strings-37.jsonl");
/// The thirty-eighth set (`tests/fixtures/error-strings-38.jsonl`): texts gathered blind from
/// Microsoft's troubleshooting articles (Exchange Online PowerShell, SMTP AUTH, Entra, MSAL),
/// each with the cause the article states; many of its causes are outside the catalogue.
const STRINGS_38: &str = include_str!("fixtures/error-strings-38.jsonl");
/// The thirty-ninth set (`tests/fixtures/error-strings-39.jsonl`): texts gathered blind, most
/// German rows of Microsoft's 2020 German sign-in error page (AADSTS messages and OAuth `error`
/// values), a Home Assistant mail integration, Chatwoot, Business Central, UiPath, Veeam.
const STRINGS_39: &str = include_str!("fixtures/error-strings-39.jsonl");
/// The fortieth set (`tests/fixtures/error-strings-40.jsonl`): texts gathered blind, most German,
/// from FairEmail's, GNOME Online Accounts', Thunderbird's and Evolution's catalogues and Microsoft's
/// German help pages.
const STRINGS_40: &str = include_str!("fixtures/error-strings-40.jsonl");
/// The forty-first set (`tests/fixtures/error-strings-41.jsonl`): texts gathered blind from
/// vendors' pages and small business applications' code (German ERP and CRM messages built on
/// Entra and Graph errors, an SMTP-to-Graph relay, EGroupware, Tine, Dolibarr, Motadata).
const STRINGS_41: &str = include_str!("fixtures/error-strings-41.jsonl");
/// The forty-second set (`tests/fixtures/error-strings-42.jsonl`): texts gathered blind from mail
/// clients' and servers' code and catalogues (isync, s-nail, Dovecot, Exim, Emacs, Trojitá,
/// fetchmail, GitLab, imapflow, Ruby's net-imap, async-imap, Apache Camel).
const STRINGS_42: &str = include_str!("fixtures/error-strings-42.jsonl");
/// The forty-third set (`tests/fixtures/error-strings-43.jsonl`): texts gathered blind from
/// question-and-answer and vendors' pages (Nylas, Cybozu Garoon, SoSafe, Dime.Scheduler, ABBYY,
/// Microsoft's German support pages).
const STRINGS_43: &str = include_str!("fixtures/error-strings-43.jsonl");
/// The forty-fourth set (`tests/fixtures/error-strings-44.jsonl`): texts gathered blind from
/// GitHub threads of admin and forensics PowerShell tools, calendar sync tools and others.
const STRINGS_44: &str = include_str!("fixtures/error-strings-44.jsonl");
/// The forty-fifth set (`tests/fixtures/error-strings-45.jsonl`): texts gathered blind from
/// appliances' code (TrueNAS's Outlook mail, ioBroker's e-mail adapter, a Wazuh relay thread).
const STRINGS_45: &str = include_str!("fixtures/error-strings-45.jsonl");
/// The forty-sixth set (`tests/fixtures/error-strings-46.jsonl`): texts gathered blind from the
/// long tail of GitHub threads and knowledge bases (token endpoint errors of tools, SMTP clients
/// against Exchange Online).
const STRINGS_46: &str = include_str!("fixtures/error-strings-46.jsonl");
/// The forty-seventh set (`tests/fixtures/error-strings-47.jsonl`): German texts gathered blind
/// from applications' translation files and setup guides (a Microsoft 365 backup tool, a ticket
/// system, a WordPress mail plugin, an inspection app).
const STRINGS_47: &str = include_str!("fixtures/error-strings-47.jsonl");
/// The forty-eighth set (`tests/fixtures/error-strings-48.jsonl`): texts gathered blind from
/// forums, vendors' knowledge bases and admin blogs.
const STRINGS_48: &str = include_str!("fixtures/error-strings-48.jsonl");
/// The forty-ninth set (`tests/fixtures/error-strings-49.jsonl`): texts gathered blind from mail
/// component libraries' threads and test scripts (R's blastula, MailCore2, Indy, ews-javascript-api,
/// gophish, Go and Dart mailers, Exchange Online connectivity scripts).
const STRINGS_49: &str = include_str!("fixtures/error-strings-49.jsonl");
/// The fiftieth set (`tests/fixtures/error-strings-50.jsonl`): texts gathered blind from blogs and
/// Q&A mirrors in Chinese, Japanese, Korean and Russian, vendors' help pages and Microsoft's
/// localised articles.
const STRINGS_50: &str = include_str!("fixtures/error-strings-50.jsonl");
/// The fifty-first set (`tests/fixtures/error-strings-51.jsonl`): status labels and messages of
/// Microsoft 365 backup products' documentation (Keepit, NinjaOne, Carbonite, NAKIVO, Dropsuite).
const STRINGS_51: &str = include_str!("fixtures/error-strings-51.jsonl");
/// The fifty-second set (`tests/fixtures/error-strings-52.jsonl`): texts gathered blind from mail
/// clients' and applications' translation files in French, Spanish, Italian, Portuguese, Dutch,
/// Polish, Czech and Swedish (FairEmail, Roundcube, Thunderbird, Odoo, Nextcloud Mail, Evolution)
/// and Microsoft's localised error-code reference.
const STRINGS_52: &str = include_str!("fixtures/error-strings-52.jsonl");
/// The fifty-third set (`tests/fixtures/error-strings-53.jsonl`): texts gathered blind from
/// applications' error handling code and help pages (the messages they show for an Entra or
/// Graph error) and their issue threads.
const STRINGS_53: &str = include_str!("fixtures/error-strings-53.jsonl");
/// The fifty-fourth set (`tests/fixtures/error-strings-54.jsonl`): texts gathered blind from mail
/// applications' translation files in twelve languages (KDE's EWS resource, GLPI's OAuth IMAP,
/// Sylpheed, Post SMTP, Bitrix, Claws Mail, libredesk, EGroupware, iTop, Mailspring).
const STRINGS_54: &str = include_str!("fixtures/error-strings-54.jsonl");
/// The fifty-fifth set (`tests/fixtures/error-strings-55.jsonl`): errors met while setting up or
/// testing app-only and delegated mail access in PowerShell and the Azure CLI (Graph PowerShell,
/// Exchange Online PowerShell, Microsoft365DSC, az), from their issue threads.
const STRINGS_55: &str = include_str!("fixtures/error-strings-55.jsonl");
/// The fifty-sixth set (`tests/fixtures/error-strings-56.jsonl`): devices, relays and notifiers
/// sending through Microsoft 365 (NVRs, PBXs, NAS and monitoring tools, SMTP relays, a printer's
/// service manual), from their issue threads and docs.
const STRINGS_56: &str = include_str!("fixtures/error-strings-56.jsonl");
/// The fifty-eighth set (`tests/fixtures/error-strings-58.jsonl`): Microsoft Graph mail calls
/// failing as applications and SDK samples log them (error bodies, SDK exceptions), from issue
/// threads, troubleshooting notes and Q&A pages.
const STRINGS_58: &str = include_str!("fixtures/error-strings-58.jsonl");
/// The fifty-seventh set (`tests/fixtures/error-strings-57.jsonl`): texts from German sources (small
/// German projects' Graph and SMTP mail code and setup guides, a German ticket system's OAuth
/// modules, Microsoft's German sign-in error table and EWS throttling docs).
const STRINGS_57: &str = include_str!("fixtures/error-strings-57.jsonl");
/// The fifty-ninth set (`tests/fixtures/error-strings-59.jsonl`): texts from FAQs and support
/// articles (FairEmail's FAQ, imapsync's Office 365 and Exchange FAQs, Microsoft's support
/// articles, server-side synchronisation guides) and a few threads; the corpora held almost no
/// Server Fault or Super User threads.
const STRINGS_59: &str = include_str!("fixtures/error-strings-59.jsonl");
/// The sixtieth set (`tests/fixtures/error-strings-60.jsonl`): helpdesk and ticket systems' OAuth
/// mail modules (iTop, OTOBO, Znuny, Zammad, FreeScout, libredesk, Jira's mail handler) — their
/// own log lines and the Entra and Graph errors they wrap.
const STRINGS_60: &str = include_str!("fixtures/error-strings-60.jsonl");
/// The sixty-first set (`tests/fixtures/error-strings-61.jsonl`): sync, backup, archiving and
/// migration tools (imapsync, mbsync, OfflineIMAP, rclone and OneDrive clients, mailpiler,
/// MailArchiva, GFI Archiver, CodeTwo, Cloudiway) and less common libraries.
const STRINGS_61: &str = include_str!("fixtures/error-strings-61.jsonl");
/// The sixty-second set (`tests/fixtures/error-strings-62.jsonl`): German sources (small German
/// projects' Graph and SMTP mail code and troubleshooting tables, a mail client's German
/// strings).
const STRINGS_62: &str = include_str!("fixtures/error-strings-62.jsonl");
/// The sixty-third set (`tests/fixtures/error-strings-63.jsonl`): the operator's tools (Graph
/// Explorer in English and German, Azure CLI, Graph PowerShell, CLI for Microsoft 365, MSAL and
/// Azure.Identity, Entra's sign-in error list).
const STRINGS_63: &str = include_str!("fixtures/error-strings-63.jsonl");
/// The sixty-fourth set (`tests/fixtures/error-strings-64.jsonl`): end-user mail clients adding a
/// Microsoft 365 account (Thunderbird for Android, Evolution, Mustang, Wino Mail, Mailspring, TbSync,
/// Apple's and Microsoft's support pages), English and German.
const STRINGS_64: &str = include_str!("fixtures/error-strings-64.jsonl");
/// The sixty-fifth set (`tests/fixtures/error-strings-65.jsonl`): unattended senders (Zabbix,
/// Proxmox, Kibana, Keycloak, Apprise, Checkmk, GitLab, an ESP32 mail library, a printer guide).
const STRINGS_65: &str = include_str!("fixtures/error-strings-65.jsonl");
/// The sixty-sixth set (`tests/fixtures/error-strings-66.jsonl`): Exchange Online's own less
/// common answers (NDRs of an app's sending, EWS and Graph codes); most without a cause id.
const STRINGS_66: &str = include_str!("fixtures/error-strings-66.jsonl");
/// The sixty-eighth set (`tests/fixtures/error-strings-68.jsonl`): small open-source projects that
/// send or read Microsoft 365 mail and word the failures themselves (Python, PHP, Go, PowerShell
/// scripts, a WordPress mailer), and ADAL's and MSAL's error words from Microsoft's error pages.
const STRINGS_68: &str = include_str!("fixtures/error-strings-68.jsonl");
/// The 69th set (`tests/fixtures/error-strings-69.jsonl`): Exchange Online PowerShell and Graph / Az PowerShell as admins' scripts and
/// unattended runbooks meet them (certificates in the store, retries, REST errors, roles).
const STRINGS_69: &str = include_str!("fixtures/error-strings-69.jsonl");
/// The 70th set (`tests/fixtures/error-strings-70.jsonl`): devices and unattended senders (printers, appliances, monitoring, CI) and
/// the SMTP relays and proxies that put OAuth in front of them.
const STRINGS_70: &str = include_str!("fixtures/error-strings-70.jsonl");
/// The 71th set (`tests/fixtures/error-strings-71.jsonl`): Microsoft Graph mail as daemons and apps meet it (the SDKs' own errors, Graph's
/// codes, webhooks, delta queries); most without a cause id.
const STRINGS_71: &str = include_str!("fixtures/error-strings-71.jsonl");
/// The 72th set (`tests/fixtures/error-strings-72.jsonl`): the token side as libraries log it (MSAL, Azure.Identity, generic OAuth 2 clients,
/// Keycloak, passport, Spring), with the less common AADSTS codes, in English and German.
const STRINGS_72: &str = include_str!("fixtures/error-strings-72.jsonl");
/// The 73th set (`tests/fixtures/error-strings-73.jsonl`): EWS and mailbox-reading services (the managed APIs, exchangelib, archivers,
/// migration tools, CRM synchronisation), in English and German.
const STRINGS_73: &str = include_str!("fixtures/error-strings-73.jsonl");
/// The 74th set (`tests/fixtures/error-strings-74.jsonl`): IMAP and POP3 readers against Exchange Online (mail clients, libraries, an
/// e-mail API server, Exchange's own IMAP/POP server texts), in English and German.
const STRINGS_74: &str = include_str!("fixtures/error-strings-74.jsonl");
/// The 75th set (`tests/fixtures/error-strings-75.jsonl`): German texts: Windows' and WinHTTP's system messages, GLib's and GNOME's mail
/// and TLS messages, Thunderbird's and Evolution's German catalogs.
const STRINGS_75: &str = include_str!("fixtures/error-strings-75.jsonl");
/// The 76th set (`tests/fixtures/error-strings-76.jsonl`): business applications' mail channels (Dynamics 365 server-side
/// synchronisation, Business Central, Request Tracker's Microsoft 365 fetcher).
const STRINGS_76: &str = include_str!("fixtures/error-strings-76.jsonl");
/// The 77th set (`tests/fixtures/error-strings-77.jsonl`): end-user mail apps on phones and desktops, Windows' sign-in broker (CAA codes)
/// and Entra's pages users meet, in English and German.
const STRINGS_77: &str = include_str!("fixtures/error-strings-77.jsonl");
/// The 78th set (`tests/fixtures/error-strings-78.jsonl`): security, automation and data integrations reading Microsoft 365 mail app-only
/// (SOAR and SIEM connectors, a mail responder, log collectors).
const STRINGS_78: &str = include_str!("fixtures/error-strings-78.jsonl");
/// The 79th set (`tests/fixtures/error-strings-79.jsonl`): web frameworks' and language ecosystems' mailers (Vert.x, gen_smtp, Bamboo,
/// Swoosh, Symfony, go-mail, TYPO3 Graph mailers) around the server's reply.
const STRINGS_79: &str = include_str!("fixtures/error-strings-79.jsonl");
/// The 80th set (`tests/fixtures/error-strings-80.jsonl`): automation, low-code and monitoring platforms' mail steps (Camunda's Microsoft connectors, Jenkins' e-mail
/// extension, Node-RED, Kibana, Mattermost, Rocket.Chat, Logic Apps and Power Platform connectors).
const STRINGS_80: &str = include_str!("fixtures/error-strings-80.jsonl");
/// The 81th set (`tests/fixtures/error-strings-81.jsonl`): Go, Rust, Ruby, Elixir and Perl libraries' wrappers (golang.org/x/oauth2, azidentity,
/// go-simple-mail, oauth2-rs, the oauth2 gem, gen_smtp and Swoosh, Mail::IMAPClient) around the server's and token endpoint's replies.
const STRINGS_81: &str = include_str!("fixtures/error-strings-81.jsonl");
/// The 82th set (`tests/fixtures/error-strings-82.jsonl`): German texts: KMail's IMAP and POP3 resources and Reporting Services' logs in German,
/// an Entra error page in German.
const STRINGS_82: &str = include_str!("fixtures/error-strings-82.jsonl");
/// The 83th set (`tests/fixtures/error-strings-83.jsonl`): archivers, migration tools, relays and gateways (Postfix relays, imapsync, MailStore,
/// CodeTwo's migration and signature tools).
const STRINGS_83: &str = include_str!("fixtures/error-strings-83.jsonl");
/// The 85th set (`tests/fixtures/error-strings-85.jsonl`): Power Platform and Logic Apps connections, MSAL for iOS and
/// Android, SMTP relays that send through Graph.
const STRINGS_85: &str = include_str!("fixtures/error-strings-85.jsonl");
/// The 86th set (`tests/fixtures/error-strings-86.jsonl`): business applications' mail transports: ERP, CRM, shops, CMS plugins and web frameworks (Shopware, Django back ends, Bitrix24 in German, GLPI).
const STRINGS_86: &str = include_str!("fixtures/error-strings-86.jsonl");
/// The 87th set (`tests/fixtures/error-strings-87.jsonl`): the Microsoft side's own texts: Entra sign-in log failure reasons (EN, DE), Exchange Online PowerShell's throttling warnings, Graph and EWS errors admins meet while fixing.
const STRINGS_87: &str = include_str!("fixtures/error-strings-87.jsonl");
/// The 88th set (`tests/fixtures/error-strings-88.jsonl`): devices and system tools: backup programs (Duplicati), firewalls' notification mailers (pfSense, OPNsense), monit, Send-MailMessage testers.
const STRINGS_88: &str = include_str!("fixtures/error-strings-88.jsonl");
/// The 89th set (`tests/fixtures/error-strings-89.jsonl`): German texts: scripts' and applications' German wrappers around Entra's and Graph's replies, German PowerShell and German Entra documentation.
const STRINGS_89: &str = include_str!("fixtures/error-strings-89.jsonl");
/// The 90th set (`tests/fixtures/error-strings-90.jsonl`): rare mail libraries and runtimes: curl, CDO, Poco, mailio, Indy, CodeIgniter, CakePHP, Mailozaurr, Simple Java Mail, enough_mail, MailCore2.
const STRINGS_90: &str = include_str!("fixtures/error-strings-90.jsonl");
/// The 91th set (`tests/fixtures/error-strings-91.jsonl`): SaaS and enterprise mailbox connections: Jira, ServiceNow, Discourse, Redmine, Dynamics 365 server-side synchronization's Test & Enable.
const STRINGS_91: &str = include_str!("fixtures/error-strings-91.jsonl");
/// The 92th set (`tests/fixtures/error-strings-92.jsonl`): Azure-hosted senders: managed and workload identities (Azure.Identity, MSAL), Azure DevOps mail tasks.
const STRINGS_92: &str = include_str!("fixtures/error-strings-92.jsonl");
/// The 93th set (`tests/fixtures/error-strings-93.jsonl`): federation and hybrid identity: WS-Trust refusals, AD FS, PingFederate, pass-through authentication and Seamless SSO (EN, DE).
const STRINGS_93: &str = include_str!("fixtures/error-strings-93.jsonl");
/// The 94th set (`tests/fixtures/error-strings-94.jsonl`): Microsoft's SDK exception formats: MSAL.NET, MSAL Java, MSAL.js, MSAL Python, Azure.Identity and the Graph SDKs.
const STRINGS_94: &str = include_str!("fixtures/error-strings-94.jsonl");
/// The 95th set (`tests/fixtures/error-strings-95.jsonl`): desktop and mobile clients' codes and dialogs: classic Outlook's 0x800CCCxx codes, Windows Mail, Apple Mail (EN, DE).
const STRINGS_95: &str = include_str!("fixtures/error-strings-95.jsonl");
/// The 96th set (`tests/fixtures/error-strings-96.jsonl`): mailbox migration into Exchange Online: IMAP and Google Workspace migrations, cross-tenant migration's checks.
const STRINGS_96: &str = include_str!("fixtures/error-strings-96.jsonl");
/// The 97th set (`tests/fixtures/error-strings-97.jsonl`): security, SOAR and archiving connectors: Splunk SOAR's EWS and Graph connectors, pyews, OpenArchiver, Elastic's message trace.
const STRINGS_97: &str = include_str!("fixtures/error-strings-97.jsonl");
/// The 98th set (`tests/fixtures/error-strings-98.jsonl`): debug and protocol logs around an OAuth sign-in: JavaMail's DEBUG lines, PHPMailer's SMTPDebug, MailKit's protocol log, pastebins.
const STRINGS_98: &str = include_str!("fixtures/error-strings-98.jsonl");
/// The 99th set (`tests/fixtures/error-strings-99.jsonl`): the token endpoint's long tail: less common AADSTS codes in MSAL's, Azure.Identity's and OAuth clients' wrappers, sign-in log entries.
const STRINGS_99: &str = include_str!("fixtures/error-strings-99.jsonl");
/// The 100th set (`tests/fixtures/error-strings-100.jsonl`): the Exchange admin side: Exchange Online PowerShell, hybrid OAuth (Test-OAuthConnectivity, the Hybrid Configuration Wizard), SMTP AUTH's continuous-error throttling, German admin pages.
const STRINGS_100: &str = include_str!("fixtures/error-strings-100.jsonl");
/// The 101th set (`tests/fixtures/error-strings-101.jsonl`): recent open-source projects' Microsoft 365 mail (ITFlow, Passbolt, leihs, SciCat, ioBroker, airut): their own sentences around Entra's and Exchange's replies.
const STRINGS_101: &str = include_str!("fixtures/error-strings-101.jsonl");
/// The 102th set (`tests/fixtures/error-strings-102.jsonl`): German wrappers and catalogues: scripts' and connectors' German messages around Entra's and Graph's replies, Windows' AAD event log.
const STRINGS_102: &str = include_str!("fixtures/error-strings-102.jsonl");
/// The 103th set (`tests/fixtures/error-strings-103.jsonl`): forums' and knowledge bases' quotes: TLS 1.0 refused, refresh token expired, sign-in messages.
const STRINGS_103: &str = include_str!("fixtures/error-strings-103.jsonl");
/// The 104th set (`tests/fixtures/error-strings-104.jsonl`): token-endpoint errors quoted by tools beyond mail (Azure CLI, MSAL, samples), a c-client mailbox's TLS flag, DNS.
const STRINGS_104: &str = include_str!("fixtures/error-strings-104.jsonl");
/// The 105th set (`tests/fixtures/error-strings-105.jsonl`): connection and TLS failures of mail
/// senders and fetchers meeting Exchange Online (nodemailer, PHPMailer, MailKit, DavMail, remote
/// PowerShell, Graph SDKs behind a network that blocks or intercepts).
const STRINGS_105: &str = include_str!("fixtures/error-strings-105.jsonl");
/// The 106th set (`tests/fixtures/error-strings-106.jsonl`): Exchange Online PowerShell and
/// Graph SDKs in government clouds and behind proxies, EWS libraries' refusals, PHP mailers'
/// TLS settings, Microsoft 365 admin tools' token errors.
const STRINGS_106: &str = include_str!("fixtures/error-strings-106.jsonl");
/// The 107th set (`tests/fixtures/error-strings-107.jsonl`): Exchange Online's and Entra's error
/// families searched by their text across projects, and self-hosted applications' SMTP and
/// Microsoft 365 settings (Home Assistant's Microsoft 365 integrations, BookStack, Mastodon,
/// FreeScout, MagicMirror modules).
const STRINGS_107: &str = include_str!("fixtures/error-strings-107.jsonl");
/// The 108th set (`tests/fixtures/error-strings-108.jsonl`): mail and calendar libraries in less
/// common languages and their users, editor and launcher plugins, browser extensions, calendar
/// sync tools.
const STRINGS_108: &str = include_str!("fixtures/error-strings-108.jsonl");
/// The 109th set (`tests/fixtures/error-strings-109.jsonl`): devices and business software that
/// send through Exchange Online, admin blogs, automation scripts and runbooks, desktop and mobile
/// mail clients (ActiveSync among them), Microsoft Q&A threads and leads left by earlier sets.
const STRINGS_109: &str = include_str!("fixtures/error-strings-109.jsonl");
/// The 110th set (`tests/fixtures/error-strings-110.jsonl`): messages in other languages
/// (FairEmail's and Thunderbird's translations, Chinese Outlook tools), Entra codes one at a time,
/// Swift, Rust and Go mail libraries, Moodle's Microsoft 365 plugin and other integrations,
/// app-only Graph, EWS and PowerShell, developers' notes and runbooks that quote an error with its fix.
const STRINGS_110: &str = include_str!("fixtures/error-strings-110.jsonl");
/// The 111th set (`tests/fixtures/error-strings-111.jsonl`): the Azure SDKs' and MSAL's token
/// errors, Exchange Online PowerShell and admin strings, Graph mail errors, Entra codes one at
/// a time (the German sign-in log among them), less used mail libraries, messages in other
/// European languages, question-and-answer pages, developers' notes that quote an error with
/// its fix.
const STRINGS_111: &str = include_str!("fixtures/error-strings-111.jsonl");
/// The 112th set (`tests/fixtures/error-strings-112.jsonl`): MSAL's and the SDKs' documented
/// errors, developers' notes and Exchange Server's own reply and diagnostic texts, helpdesk and
/// CRM connectors, mail tools, vendors' knowledge bases, libraries in Go, Rust, Ruby, Delphi and
/// Swift, bots and script repositories (certificate sign-in, password sign-in to SharePoint).
const STRINGS_112: &str = include_str!("fixtures/error-strings-112.jsonl");
/// The 113th set (`tests/fixtures/error-strings-113.jsonl`): error texts from pull requests that
/// fixed a sign-in failure, non-English issues, vendors' and admins' pages, Q&A and blog posts,
/// the less covered EWS, Graph and PowerShell families, newer mail tools and agents.
const STRINGS_113: &str = include_str!("fixtures/error-strings-113.jsonl");
/// The 114th set (`tests/fixtures/error-strings-114.jsonl`): error texts from the knowledge bases
/// and documentation of helpdesk, CRM, backup and archiving products, printers' mail relays and
/// mail plugins.
const STRINGS_114: &str = include_str!("fixtures/error-strings-114.jsonl");
/// The seventh set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_7: [f64; 4] = [94.7, 96.8, 90.8, 94.3];
/// The eighth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_8: [f64; 4] = [94.7, 96.1, 93.1, 93.2];
/// The ninth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_9: [f64; 4] = [78.3, 83.7, 76.1, 76.1];
/// The tenth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_10: [f64; 4] = [92.3, 92.3, 92.3, 92.3];
/// The eleventh set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_11: [f64; 4] = [84.2, 94.7, 88.4, 96.1];
/// The thirteenth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_13: [f64; 4] = [83.9, 91.0, 88.8, 88.8];
/// The fifteenth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured; as logged
/// top-1 17.2 before Graph's bare `ErrorAccessDenied` ranked consent first (the confirmed fix in
/// four public report threads, none for a permission never added; this set's row is labelled
/// with an application access policy, now second), bare top-1 100.0 before that too. As logged
/// 15.5 / 17.2 before the clients' translation files were read (`tests/translated_texts.rs`).
const FLOORS_15: [f64; 4] = [65.5, 82.7, 50.0, 100.0];
/// The seventeenth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_17: [f64; 4] = [83.3, 90.4, 84.2, 89.4];
/// The twentieth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_20: [f64; 4] = [92.4, 94.9, 84.7, 87.8];
/// The twenty-second set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_22: [f64; 4] = [76.8, 76.8, 0.0, 0.0];
/// The twenty-third set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_23: [f64; 4] = [82.8, 82.8, 83.3, 83.3];
/// The twenty-seventh set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_27: [f64; 4] = [88.7, 92.4, 84.9, 87.4];
/// The twenty-eighth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_28: [f64; 4] = [94.8, 96.1, 93.0, 97.1];
/// The twenty-ninth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_29: [f64; 4] = [93.3, 94.9, 87.2, 87.2];
/// The thirty-first set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_31: [f64; 4] = [64.5, 67.7, 46.6, 46.6];
/// The thirty-third set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_33: [f64; 4] = [85.0, 87.5, 47.3, 47.3];
/// The thirty-fifth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_35: [f64; 4] = [62.5, 62.5, 50.0, 50.0];
/// The thirty-sixth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_36: [f64; 4] = [78.0, 82.0, 48.1, 48.1];
/// The thirty-seventh set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_37: [f64; 4] = [76.0, 88.0, 77.7, 100.0];
/// The thirty-eighth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_38: [f64; 4] = [40.0, 40.0, 50.0, 50.0];
/// The thirty-ninth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_39: [f64; 4] = [82.7, 86.2, 100.0, 100.0];
/// The fortieth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_40: [f64; 4] = [55.0, 60.0, 37.5, 37.5];
/// The forty-first set's floors (as logged top-1/top-3, bare top-1/top-3), as measured. Top-3
/// lowered on 2026-12-06 (an eighth session): a bare HTTP 401 of a migration tool (T41-004, a
/// missing application permission) lost its third place when the thin evidence's priors were
/// counted again from the labelled reports, which now hold a bare 401 whose cause was an
/// expired token beside the one whose cause was a mailbox permission.
const FLOORS_41: [f64; 4] = [80.0, 85.6, 75.0, 91.6];
/// The forty-second set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_42: [f64; 4] = [96.2, 96.2, 92.0, 96.0];
/// The forty-third set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_43: [f64; 4] = [47.0, 52.9, 40.0, 50.0];
/// The forty-fourth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured; as
/// logged top-1 68.7 and bare top-1 71.4 before AADSTS70001's "not supported for this API version" put the endpoint
/// version first (2026-12-07: five labelled reports against this set's one, a connector's app
/// its publisher deleted, now second).
const FLOORS_44: [f64; 4] = [62.5, 68.7, 64.2, 71.4];
/// The forty-fifth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_45: [f64; 4] = [66.6, 66.6, 79.9, 79.9];
/// The forty-sixth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_46: [f64; 4] = [92.8, 96.4, 96.0, 96.0];
/// The forty-seventh set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_47: [f64; 4] = [82.6, 91.3, 84.6, 100.0];
/// The forty-eighth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_48: [f64; 4] = [82.1, 89.2, 81.8, 86.3];
/// The forty-ninth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_49: [f64; 4] = [57.6, 88.4, 55.0, 85.0];
/// The fiftieth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_50: [f64; 4] = [46.1, 53.8, 100.0, 100.0];
/// The fifty-first set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_51: [f64; 4] = [16.6, 16.6, 50.0, 50.0];
/// The fifty-second set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_52: [f64; 4] = [80.7, 88.4, 92.8, 92.8];
/// The fifty-third set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_53: [f64; 4] = [100.0, 100.0, 100.0, 100.0];
/// The fifty-fourth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_54: [f64; 4] = [87.5, 87.5, 100.0, 100.0];
/// The fifty-fifth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_55: [f64; 4] = [88.8, 100.0, 85.7, 92.8];
/// The fifty-sixth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_56: [f64; 4] = [78.8, 94.7, 75.0, 100.0];
/// The fifty-eighth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_58: [f64; 4] = [78.5, 78.5, 72.7, 81.8];
/// The fifty-seventh set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_57: [f64; 4] = [73.9, 82.6, 73.3, 73.3];
/// The fifty-ninth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_59: [f64; 4] = [58.8, 64.7, 50.0, 50.0];
/// The sixtieth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_60: [f64; 4] = [73.8, 82.5, 79.9, 99.9];
/// The sixty-first set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_61: [f64; 4] = [77.2, 90.9, 71.4, 92.8];
/// The sixty-second set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_62: [f64; 4] = [88.8, 96.2, 92.8, 92.8];
/// The sixty-third set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_63: [f64; 4] = [94.7, 94.7, 93.3, 93.3];
/// The sixty-fourth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_64: [f64; 4] = [70.5, 70.5, 57.1, 57.1];
/// The sixty-fifth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_65: [f64; 4] = [86.3, 95.4, 94.7, 100.0];
/// The sixty-sixth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_66: [f64; 4] = [90.0, 90.0, 85.7, 85.7];
/// The sixty-eighth set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_68: [f64; 4] = [75.8, 79.3, 61.5, 69.2];
/// The 69th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_69: [f64; 4] = [85.7, 85.7, 92.3, 92.3];
/// The 70th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_70: [f64; 4] = [88.2, 100.0, 81.2, 93.7];
/// The 71th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_71: [f64; 4] = [70.0, 80.0, 88.8, 88.8];
/// The 72th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_72: [f64; 4] = [91.6, 95.8, 95.0, 95.0];
/// The 73th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_73: [f64; 4] = [81.2, 81.2, 70.0, 70.0];
/// The 74th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_74: [f64; 4] = [66.6, 76.1, 44.4, 55.5];
/// The 75th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_75: [f64; 4] = [94.7, 94.7, 100.0, 100.0];
/// The 76th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_76: [f64; 4] = [50.0, 62.5, 71.4, 71.4];
/// The 77th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_77: [f64; 4] = [100.0, 100.0, 100.0, 100.0];
/// The 78th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_78: [f64; 4] = [75.0, 75.0, 90.0, 90.0];
/// The 79th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_79: [f64; 4] = [75.0, 93.7, 71.4, 92.8];
/// The 80th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_80: [f64; 4] = [92.8, 100.0, 91.6, 100.0];
/// The 81th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_81: [f64; 4] = [100.0, 100.0, 95.0, 100.0];
/// The 82th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_82: [f64; 4] = [100.0, 100.0, 33.3, 100.0];
/// The 83th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_83: [f64; 4] = [100.0, 100.0, 100.0, 100.0];
/// The 85th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_85: [f64; 4] = [93.3, 100.0, 90.9, 100.0];
/// The 86th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_86: [f64; 4] = [73.6, 84.1, 72.1, 83.2];
/// The 87th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_87: [f64; 4] = [88.1, 88.1, 84.5, 84.5];
/// The 88th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_88: [f64; 4] = [66.6, 66.6, 66.6, 74.9];
/// The 89th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_89: [f64; 4] = [69.9, 79.9, 73.2, 86.6];
/// The 90th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_90: [f64; 4] = [77.2, 81.7, 79.9, 84.9];
/// The 91th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_91: [f64; 4] = [69.1, 76.8, 74.9, 87.4];
/// The 92th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_92: [f64; 4] = [57.0, 57.0, 69.9, 69.9];
/// The 93th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_93: [f64; 4] = [62.4, 62.4, 69.1, 69.1];
/// The 94th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_94: [f64; 4] = [77.7, 85.1, 79.9, 89.9];
/// The 95th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_95: [f64; 4] = [59.9, 59.9, 59.9, 59.9];
/// The 96th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_96: [f64; 4] = [59.9, 59.9, 59.9, 59.9];
/// The 97th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_97: [f64; 4] = [66.6, 79.9, 61.4, 76.8];
/// The 98th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_98: [f64; 4] = [76.8, 76.8, 69.1, 76.8];
/// The 99th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_99: [f64; 4] = [99.9, 99.9, 93.7, 93.7];
/// The 100th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_100: [f64; 4] = [52.1, 65.1, 46.6, 46.6];
/// The 101th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_101: [f64; 4] = [58.2, 74.9, 59.0, 77.2];
/// The 102th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_102: [f64; 4] = [79.1, 87.4, 83.2, 99.9];
/// The 103th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_103: [f64; 4] = [99.9, 99.9, 74.9, 74.9];
/// The 104th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_104: [f64; 4] = [99.9, 99.9, 95.9, 95.9];
/// The 105th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_105: [f64; 4] = [95.2, 95.2, 92.8, 95.2];
/// The 106th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_106: [f64; 4] = [81.2, 84.3, 83.8, 90.3];
/// The 107th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured. Bare top-1
/// 72.2 -> 69.4 on 2026-12-08: an Entra code shown with its sub-code's wording weighs the
/// sub-code in full, and `AADSTS70000: The provided value for the input parameter 'device_code'
/// is not valid.` (labelled a service incident, uncertain, the expired token acceptable) now
/// reads as AADSTS7000014's malformed request first, the expired token second; every other
/// first finding that change moved in the fixtures was right and gained confidence.
const FLOORS_107: [f64; 4] = [74.3, 84.6, 69.4, 77.7];
/// The 108th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_108: [f64; 4] = [70.0, 70.0, 63.1, 63.1];
/// The 109th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_109: [f64; 4] = [81.3, 88.5, 74.1, 87.0];
/// The 110th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_110: [f64; 4] = [72.1, 79.7, 79.9, 84.2];
/// The 111th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_111: [f64; 4] = [68.2, 72.0, 81.0, 83.2];
/// The 112th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_112: [f64; 4] = [80.9, 82.8, 78.5, 80.4];
/// The 113th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_113: [f64; 4] = [68.4, 78.9, 63.6, 81.8];
/// The 114th set's floors (as logged top-1/top-3, bare top-1/top-3), as measured.
const FLOORS_114: [f64; 4] = [85.7, 85.7, 100.0, 100.0];
/// 2026-01-01T00:00:00Z: a fixed clock for repeatable results.
const NOW: i64 = 1_767_225_600;

/// Top-1 and top-3 floors over all scored cases, in per cent (the figures reached). 98.3 before
/// the fourth harvest: since its thin reports, a bare client failure that shows no OAuth at all
/// ranks a password sign-in first where the reports of its case show one, so MailKit's bare
/// "Authentication failed." (labelled with an OAuth cause from its thread) now misses top-1.
/// 97.4 before Graph's bare `ErrorAccessDenied` ranked consent before a missing application
/// permission (four confirmed report threads to none; this set labels it with the permission,
/// which stays second). 96.6 before SMTP's `504 5.7.4 Unrecognized authentication type` ranked the
/// client's mechanism before SMTP AUTH switched off (2026-12-06: the labelled texts and reports
/// give the mechanism 6, SMTP AUTH off 2 — this set's two, which stay second). 95.3 before
/// AADSTS700024's window was read (2026-12-06, a sixth session): an assertion that expired hours
/// before Entra's time reads as an expired assertion sent again first (msal4j's regression that
/// kept its assertion, this set's text, labelled with the certificate cause, which stays second;
/// a projected token not renewed, T92's, labelled as a token sent again). 94.9 before the
/// eleventh session's harvests joined the labelled reports (2026-12-07): the bare-failure priors
/// now count as many IMAP/POP reports of a refused password as of a Graph token (4 and 4), so a
/// bare "NO AUTHENTICATE failed." ranks the password first; this set labels its three such texts
/// with OAuth causes, which stay in the top three.
const FLOOR_TOP1: f64 = 93.5;
const FLOOR_TOP3: f64 = 99.1;
/// The same over the Exchange, EWS, Graph, PowerShell and client-library texts (every category
/// but `aadsts`); 97.9 before MailKit's bare "Authentication failed." ranked a password sign-in
/// first (see [`FLOOR_TOP1`]); 95.9 before Graph's bare `ErrorAccessDenied` ranked consent first
/// (see [`FLOOR_TOP1`]); 93.9 before SMTP's 5.7.4 ranked the client's mechanism first (see
/// [`FLOOR_TOP1`]); 90.9 before the eleventh session's priors put the password first for a bare
/// IMAP/POP refusal (see [`FLOOR_TOP1`]).
const FLOOR_MAIL_TOP1: f64 = 87.8;
const FLOOR_MAIL_TOP3: f64 = 100.0;

/// One scored run: its category (with ` bare` for the bare form), top-1 hit, top-3 hit.
struct Score {
    tag: String,
    top1: bool,
    top3: bool,
}

/// Floors over the second set, in per cent (the figures reached), as logged and bare.
const FLOOR_2_TEXT_TOP1: f64 = 100.0;
const FLOOR_2_TEXT_TOP3: f64 = 100.0;
const FLOOR_2_BARE_TOP1: f64 = 100.0;
const FLOOR_2_BARE_TOP3: f64 = 100.0;

fn scores() -> Vec<Score> {
    scores_of(STRINGS)
}

fn scores_of(strings: &str) -> Vec<Score> {
    let opts = Options {
        now: NOW,
        ..Options::default()
    };
    let mut out = Vec::new();
    for line in strings.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).expect("fixture line is JSON");
        let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default();
        let cause = s("cause");
        let mut ok: Vec<&str> = vec![cause];
        if let Some(a) = v.get("also_acceptable").and_then(Value::as_array) {
            ok.extend(a.iter().filter_map(Value::as_str));
        }
        let category = s("category");
        let mut runs = vec![(s("text"), category.to_string())];
        if !s("bare").is_empty() && s("bare") != s("text") {
            runs.push((s("bare"), format!("{category} bare")));
        }
        for (text, tag) in runs {
            let a = analyze(text, &opts);
            if cause == "unconfirmed" {
                continue;
            }
            let got: Vec<&str> = a.findings.iter().map(|f| f.cause.as_str()).collect();
            let top1 = got.first().is_some_and(|c| ok.contains(c));
            let top3 = got.iter().take(3).any(|c| ok.contains(c));
            if !top1 {
                let short: String = text.chars().take(110).collect();
                println!(
                    "{} [{tag}] want {cause}, got {:?}: {short}",
                    if top3 { "miss1" } else { "MISS3" },
                    got.iter().take(3).collect::<Vec<_>>()
                );
            }
            out.push(Score { tag, top1, top3 });
        }
    }
    out
}

fn pct(part: usize, n: usize) -> f64 {
    100.0 * part as f64 / n.max(1) as f64
}

#[test]
fn error_strings_accuracy() {
    let s = scores();
    let mut by: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for x in &s {
        let e = by.entry(x.tag.as_str()).or_default();
        e.0 += 1;
        e.1 += usize::from(x.top1);
        e.2 += usize::from(x.top3);
    }
    for (tag, (n, a, b)) in &by {
        println!("  {tag:24} n={n:3} top1={a:3} top3={b:3}");
    }
    let n = s.len();
    let top1 = pct(s.iter().filter(|x| x.top1).count(), n);
    let top3 = pct(s.iter().filter(|x| x.top3).count(), n);
    println!("error strings: top1 {top1:.1}% top3 {top3:.1}% on {n} scored runs");
    assert!(n >= 230, "only {n} scored runs: the fixture lost rows");
    assert!(
        top1 >= FLOOR_TOP1,
        "top-1 {top1:.1}% fell below {FLOOR_TOP1}%"
    );
    assert!(
        top3 >= FLOOR_TOP3,
        "top-3 {top3:.1}% fell below {FLOOR_TOP3}%"
    );
    let mail: Vec<&Score> = s.iter().filter(|x| !x.tag.starts_with("aadsts")).collect();
    let m = mail.len();
    let mail1 = pct(mail.iter().filter(|x| x.top1).count(), m);
    let mail3 = pct(mail.iter().filter(|x| x.top3).count(), m);
    println!("mail, API and client texts: top1 {mail1:.1}% top3 {mail3:.1}% on {m} scored runs");
    assert!(
        mail1 >= FLOOR_MAIL_TOP1,
        "mail top-1 {mail1:.1}% fell below {FLOOR_MAIL_TOP1}%"
    );
    assert!(
        mail3 >= FLOOR_MAIL_TOP3,
        "mail top-3 {mail3:.1}% fell below {FLOOR_MAIL_TOP3}%"
    );
}

/// Scores a set as logged and bare apart and checks the floors (per cent) and the least number
/// of scored runs of each form.
fn check_set(name: &str, strings: &str, least: (usize, usize), floors: [f64; 4]) {
    let s = scores_of(strings);
    let (bare, text): (Vec<&Score>, Vec<&Score>) = s.iter().partition(|x| x.tag.ends_with(" bare"));
    let rate = |v: &[&Score], top1: bool| {
        let k = v
            .iter()
            .filter(|x| if top1 { x.top1 } else { x.top3 })
            .count();
        pct(k, v.len())
    };
    let got = [
        rate(&text, true),
        rate(&text, false),
        rate(&bare, true),
        rate(&bare, false),
    ];
    println!(
        "{name}: as logged top1 {:.1}% top3 {:.1}% on {}; bare top1 {:.1}% top3 {:.1}% on {}",
        got[0],
        got[1],
        text.len(),
        got[2],
        got[3],
        bare.len()
    );
    assert!(
        text.len() >= least.0 && bare.len() >= least.1,
        "{name}: only {} + {} scored runs: the fixture lost rows",
        text.len(),
        bare.len()
    );
    let what = [
        "as logged top-1",
        "as logged top-3",
        "bare top-1",
        "bare top-3",
    ];
    for i in 0..4 {
        assert!(
            got[i] >= floors[i],
            "{name}: {} {:.1}% fell below {}%",
            what[i],
            got[i],
            floors[i]
        );
    }
}

#[test]
fn error_strings_2_accuracy() {
    check_set(
        "error strings 2",
        STRINGS_2,
        (90, 75),
        [
            FLOOR_2_TEXT_TOP1,
            FLOOR_2_TEXT_TOP3,
            FLOOR_2_BARE_TOP1,
            FLOOR_2_BARE_TOP3,
        ],
    );
}

/// The third set: before any tuning on it, 56.1 % top-1 and 59.8 % top-3 over both forms (of
/// 132 runs); after its families were added (Entra messages without their number for every
/// catalogued code, EWS response codes, NDRs), as logged 70 of 71 and bare 60 of 61.
#[test]
fn error_strings_3_accuracy() {
    check_set(
        "error strings 3",
        STRINGS_3,
        (65, 55),
        [98.5, 98.5, 98.3, 98.3],
    );
}

/// The fourth set (client-library messages above all: sasl-xoauth2, email-oauth2-proxy,
/// nodemailer, MSAL Python, python-o365, smtplib/poplib, Thunderbird's German strings, EWS
/// response codes): before any tuning on it, 34.1 % top-1 and top-3 over both forms (of 132
/// runs); after its families were added, as logged 68 of 72 and bare 57 of 60.
#[test]
fn error_strings_4_accuracy() {
    check_set(
        "error strings 4",
        STRINGS_4,
        (70, 58),
        [94.4, 94.4, 95.0, 95.0],
    );
}

/// The fifth set: before any tuning on it, 69.3 % top-1 and 71.9 % top-3 over both forms
/// (`score.py`, 153 runs; as logged 55 of 77, bare 51 of 76), the first set scored before its
/// look since the client-library catalogues were read from the libraries' sources; after its
/// families were added (this test's count, which also takes a text's acceptable causes), as
/// logged 73 of 77 first and 74 in the top three, bare 73 of 76 and 73.
#[test]
fn error_strings_5_accuracy() {
    check_set(
        "error strings 5",
        STRINGS_5,
        (75, 74),
        [94.8, 96.1, 96.0, 96.0],
    );
}

/// The sixth set: before any tuning on it, 49.0 % top-1 and 51.0 % top-3 over both forms
/// (`score.py`, 49 runs; client messages as logged 6 of 16): after the fifth set's families,
/// the mail clients' own wording (msmtp, NeoMutt) was still unknown. After its families were
/// added: as logged 25 of 27 first and 26 in the top three, bare 20 of 22 and 20.
#[test]
fn error_strings_6_accuracy() {
    check_set(
        "error strings 6",
        STRINGS_6,
        (27, 22),
        [92.5, 96.2, 90.9, 90.9],
    );
}

/// The seventh set: before any tuning on it, 69.7 % top-1 and 77.8 % top-3 over both forms
/// (`score.py`, 185 runs; as logged 71 of 97 first, bare 58 of 88). After its families were
/// added (SMTP replies quoted without their code, 5.7.57 by whether any AUTH was tried, the
/// server offering no mechanism, System.Net.Mail's closed connection, OAuth access_denied,
/// refresh failures, applications' TLS and network wording, an API code after its message):
/// as logged 90 of 97 first and 93 in the top three, bare 79 of 88 and 83 ([`FLOORS_7`]).
#[test]
fn error_strings_7_accuracy() {
    check_set("error strings 7", STRINGS_7, (90, 80), FLOORS_7);
}

/// The eighth set: before any tuning on it, 71.3 % top-1 and 73.5 % top-3 over both forms
/// (`score.py`, 136 runs; as logged 52 of 77 first, bare 45 of 59; client messages as logged 4
/// of 19). After its families were added (applications' words for a refresh that failed, for
/// XOAUTH2 or LOGIN not offered before TLS, for a refused sign-in and an expired password;
/// AADSTS50052; prose such as "login and password" no longer masked as an IMAP LOGIN): the
/// figures in [`FLOORS_8`].
#[test]
fn error_strings_8_accuracy() {
    check_set("error strings 8", STRINGS_8, (70, 55), FLOORS_8);
}

/// The ninth set: before any tuning on it, 63.8 % top-1 and 70.7 % top-3 over both forms
/// (`score.py`, 58 runs; as logged 21 of 37 first, bare 16 of 21; applications' messages as
/// logged 4 of 14). After its families were added (no refresh token returned, Mailspring's words
/// for AUTH not offered, a mailbox missing, a German refused sign-in, "too many requests"): the
/// figures in [`FLOORS_9`].
#[test]
fn error_strings_9_accuracy() {
    check_set("error strings 9", STRINGS_9, (35, 20), FLOORS_9);
}

/// The tenth set: before any tuning on it, 53.8 % top-1 and top-3 over both forms (`score.py`, 52
/// runs; as logged 22 of 26, bare 6 of 26). Its bare rows are mostly the German reference
/// table's descriptions of AADSTS codes without the code, which no log prints (Entra's messages
/// are English): the German descriptions were not added as phrases. After its other families (the
/// German 5.2.252 and 5.2.253 replies, the consent workflow's "Approval required" in English and
/// German) bare top-1 was 34.6 %; Microsoft's error names, which most of those rows start with
/// (`UserAccountNotFound: …`), are read as their codes since (76.9 %), and the German sign-in log's
/// failure reasons of the codes mail sign-ins meet since the seventeenth set: the figures in
/// [`FLOORS_10`].
#[test]
fn error_strings_10_accuracy() {
    check_set("error strings 10", STRINGS_10, (25, 25), FLOORS_10);
}

/// The eleventh set: before any tuning on it, 57.8 % top-1 and 64.1 % top-3 over both forms
/// (`score.py`, 64 runs; as logged 19 of 38 first, bare 18 of 26). After its families were added
/// (a server that denied authentication, no supported mechanism and `AUTH` unknown before
/// STARTTLS, TLS sessions that could not start, Perl without its SASL modules, a local OAuth2
/// helper failing; in English and German): the figures in [`FLOORS_11`].
#[test]
fn error_strings_11_accuracy() {
    check_set("error strings 11", STRINGS_11, (35, 25), FLOORS_11);
}

/// The thirteenth set, every text quoted verbatim: before any tuning on it, 32.3 % top-1 and
/// 36.9 % top-3 over both forms (`score.py`, 65 runs). After its families were added (a grant
/// that ended and a new sign-in asked for, no refresh token kept, mutt's refresh command, a user
/// name that does not match or is missing, Microsoft's "more information required" page and MFA
/// a client cannot perform, empty or invalid client secrets, declined scopes, a missing
/// `id_token`, `SMTP AUTH` and STARTTLS not offered, the LOGIN mechanism and HTTP Basic named,
/// Microsoft's notice that password sign-in was turned off, Java's PKIX failure, Graph SDK
/// retries given up, German refusals; sentences wrapped over two lines): the figures in
/// [`FLOORS_13`].
#[test]
fn error_strings_13_accuracy() {
    check_set("error strings 13", STRINGS_13, (50, 5), FLOORS_13);
}

/// The fifteenth set: before any tuning on it, 13.3 % top-1 and top-3 (`score.py`, 60 runs):
/// 50 of its 60 rows are in languages other than English and German (French, Spanish, Russian,
/// Chinese, Polish, Portuguese, Ukrainian, Italian, Dutch, Japanese, Swedish), which the
/// analyser does not read, and stay unread: the English and German rows scored 4 of 10. After
/// their families were added (Office 365's TLS 1.2 requirement, POP3 without STLS, no
/// advertised mechanism, the consent page in French; an OAuth mechanism without its token in German):
/// the figures in [`FLOORS_15`].
#[test]
fn error_strings_15_accuracy() {
    check_set("error strings 15", STRINGS_15, (55, 0), FLOORS_15);
}

/// The seventeenth set (47 of its 61 texts German): before any tuning on it, 37.5 % top-1 and
/// 43.8 % top-3 (`score.py`, 80 runs). After its families were added (the German sign-in log's
/// failure reasons for the codes mail sign-ins meet, rows of Microsoft's code tables copied as
/// `code|text`, Graph's `MailboxNotHostedInExchangeOnline`, Outlook on the web's missing mailbox in
/// English and German, HTTP 429 in .NET's words, the TLS 1.2 requirement, IdentityModel's
/// metadata fetch, the German STARTTLS reply): the figures in [`FLOORS_17`].
#[test]
fn error_strings_17_accuracy() {
    check_set("error strings 17", STRINGS_17, (40, 35), FLOORS_17);
}

/// The twentieth set (40 confirmed texts, all but one English): before any tuning on it, 49.3 %
/// top-1 and 50.7 % top-3 (`score.py`, 73 runs). After the OAuth error words became a table read
/// alone in a line and in Python dicts, and the consent-screen, 5.1.8 bounce (EN/DE) and WinRM
/// wordings were added: the figures in [`FLOORS_20`]. The misses left are the bare descriptions
/// of Microsoft's error tables (`The request requires user consent.`), which no log prints
/// without the error word.
#[test]
fn error_strings_20_accuracy() {
    check_set("error strings 20", STRINGS_20, (40, 30), FLOORS_20);
}

/// The twenty-second set (13 of its 49 texts with a cause, each uncertain: an app's message
/// rarely states the cause): before any tuning on it, 30.8 % top-1 and top-3 (`score.py`, 13
/// runs). After Mailspring's missing STARTTLS (EN/DE), Thunderbird's German SMTP sign-in failure
/// and Odoo's account hint (EN/DE) were added: the figures in [`FLOORS_22`]. Left: Thunderbird's
/// send failures that only wrap the server's reply (`%s`), DavMail's expired session.
#[test]
fn error_strings_22_accuracy() {
    check_set("error strings 22", STRINGS_22, (13, 0), FLOORS_22);
}

/// The twenty-third set (35 of its 114 texts with a cause): before any tuning on it, 24.5 %
/// top-1 and top-3 (`score.py`, 53 runs); with the concept rows (`texts/concepts.rs`), written
/// before this set was read, 30.2 %. After concept rows for what its tuning part showed (a token
/// or session expired, public client flows, clouds, MFA, blocked outgoing requests, the tenant
/// id, a missing mail permission, Send As advice): the figures in [`FLOORS_23`].
#[test]
fn error_strings_23_accuracy() {
    check_set("error strings 23", STRINGS_23, (30, 15), FLOORS_23);
}

/// The twenty-seventh set (80 of its 102 texts with a cause): before any tuning on it, 45.0 %
/// top-1 and 46.2 % top-3 (`score.py`, 160 runs, as logged and bare). After rows and concept
/// words for what its tuning part showed and the token service's codes and messages: the figures
/// in [`FLOORS_27`].
#[test]
fn error_strings_27_accuracy() {
    check_set("error strings 27", STRINGS_27, (75, 75), FLOORS_27);
}

/// The twenty-eighth set (78 of its 97 texts with a cause, most a judgement: a library's message
/// rarely states the cause): before any tuning on it, 60.0 % top-1 and 64.0 % top-3 (`score.py`,
/// 150 runs, as logged and bare). After rows for what its tuning part showed (MSAL's and
/// exchangelib's configuration and back-off errors, nodemailer's missing auth options, Evolution's
/// and Roundcube's German texts, urllib3's and JavaMail's resolver failures, EWS codes, the
/// PowerShell Gallery's TLS requirement): the figures in [`FLOORS_28`].
#[test]
fn error_strings_28_accuracy() {
    check_set("error strings 28", STRINGS_28, (70, 70), FLOORS_28);
}

/// The twenty-ninth set (60 of its 72 texts with a cause, most a judgement): before any tuning on it, 42.1 % top-1 and top-3 (`score.py`, 107 runs, as logged and
/// bare), the twenty-eighth set's rows included. After concept rows for what its tuning part
/// showed (a client's OAuth settings incomplete, a user name or scope missing, signed in but not
/// authorised, a server unavailable for now, expired credentials and token caches in a client's
/// words, TLS options that do not fit) and rows for PowerShell modules failing inside, a missing
/// server greeting, private addresses, flow types, empty OAuth fields: the figures in
/// [`FLOORS_29`].
#[test]
fn error_strings_29_accuracy() {
    check_set("error strings 29", STRINGS_29, (50, 40), FLOORS_29);
}

/// The thirty-first set (most causes a judgement): before any tuning on it, 26.1 % top-1 and
/// 28.3 % top-3 (`score.py`, 46 runs, as logged and bare). After words for a server that cannot
/// be contacted or looked up, a library's connection error, a user name or SASL mechanism not
/// given, GNOME Online Accounts without the account, a certificate signed by no known authority
/// (German), Thunderbird's account-setup refusals, and a sign-in "was refused" no longer read as a
/// refused connection: the figures in [`FLOORS_31`].
#[test]
fn error_strings_31_accuracy() {
    check_set("error strings 31", STRINGS_31, (20, 15), FLOORS_31);
}

/// The thirty-third set (most causes a judgement): before any tuning on it, 39.0 % top-1 and
/// 40.7 % top-3 (`score.py`, 59 runs, as logged and bare). After words for a TLS negotiation that
/// failed, a user name or password an application calls invalid, a mail server it calls invalid,
/// a SASL library that would not start, no matching authentication method, a refused sign-in at a
/// named server in German word order and .NET's assembly version conflict: the figures in
/// [`FLOORS_33`].
#[test]
fn error_strings_33_accuracy() {
    check_set("error strings 33", STRINGS_33, (35, 15), FLOORS_33);
}

/// The thirty-fifth set (vendors' pages; most causes stated): before any tuning on it, 50.0 %
/// top-1 and top-3 (`score.py`, 56 runs, as logged and bare); after words for a re-authorisation
/// asked for, a retired API version, required permissions not granted and HubSpot's REST API
/// code: the figures in [`FLOORS_35`].
#[test]
fn error_strings_35_accuracy() {
    check_set("error strings 35", STRINGS_35, (30, 10), FLOORS_35);
}

/// The thirty-sixth set (mostly judgement): before any tuning on it, 32.5 % top-1 and 35.1 %
/// top-3 (`score.py`, 77 runs); after local SASL and TLS negotiation wordings, LOGINDISABLED and
/// no AUTH offered, an expired server certificate, a connection error and an unknown issuer in
/// English and German: the figures in [`FLOORS_36`].
#[test]
fn error_strings_36_accuracy() {
    check_set("error strings 36", STRINGS_36, (45, 20), FLOORS_36);
}

/// The thirty-seventh set (mostly judgement): before any tuning on it, 52.9 % top-1 and 67.6 %
/// top-3 (`score.py`, 34 runs); after a connection told as not built or not reachable (German),
/// no way to authenticate, a hyphenated client ID and an app registration's permissions: the
/// figures in [`FLOORS_37`].
#[test]
fn error_strings_37_accuracy() {
    check_set("error strings 37", STRINGS_37, (20, 8), FLOORS_37);
}

/// The thirty-eighth set (Microsoft's articles; most causes outside the catalogue): before any
/// tuning on it, 22.2 % top-1 and top-3 (`score.py`, 18 runs); after WinRM's remote shell lost
/// on the server (InvalidShellID): the figures in [`FLOORS_38`].
#[test]
fn error_strings_38_accuracy() {
    check_set("error strings 38", STRINGS_38, (10, 5), FLOORS_38);
}

/// The thirty-ninth set (German AADSTS and OAuth `error` descriptions, integrations): before any
/// tuning on it, 65.3 % top-1 and 67.3 % top-3 (`score.py`, 49 runs); after the German
/// descriptions of the OAuth `error` values, two German AADSTS wordings, a re-authorisation asked
/// for in German, minimum permissions not granted and a token called outdated: the figures in
/// [`FLOORS_39`].
#[test]
fn error_strings_39_accuracy() {
    check_set("error strings 39", STRINGS_39, (25, 15), FLOORS_39);
}

/// The fortieth set (German clients' hints; most causes a judgement): before any tuning on it,
/// 21.4 % top-1 and 25.0 % top-3 (`score.py`, 28 runs); after the end of password sign-in for
/// Outlook.com accounts (16 September 2024), a VPN named as the cause, a German connection reset
/// and Outlook on the web's licence exception: the figures in [`FLOORS_40`].
#[test]
fn error_strings_40_accuracy() {
    check_set("error strings 40", STRINGS_40, (15, 5), FLOORS_40);
}

/// The forty-first set (vendors' pages, German business applications; many causes a judgement):
/// before any tuning on it, 53.2 % top-1 and 61.7 % top-3 (`score.py`, 47 runs); after a token
/// request refused with only its HTTP status (`TOKEN_STATUS`), AADSTS700016's wording without its
/// code, a From address refused, a missing client secret, a mailbox outside an app's group scope,
/// a security type to check and a mailbox to connect again in German: the figures in [`FLOORS_41`].
#[test]
fn error_strings_41_accuracy() {
    check_set("error strings 41", STRINGS_41, (30, 10), FLOORS_41);
}

/// The forty-second set (mail clients' and servers' code): before any tuning on it, 69.2 % top-1
/// and 71.2 % top-3 (`score.py`, 52 runs, with the build of the session's start); after a
/// placeholder `<pass>` no longer read as an XML element's secret (it hid the reply after it), a
/// server offering none of the requested mechanisms, TLS needed, STARTTLS not offered, LOGIN
/// disabled, a host not contacted and no common mechanism: the figures in [`FLOORS_42`].
#[test]
fn error_strings_42_accuracy() {
    check_set("error strings 42", STRINGS_42, (25, 15), FLOORS_42);
}

/// The forty-third set (vendors' error catalogues and Q&A pages; a third `unconfirmed`): before
/// any tuning on it, 37.0 % top-1 and 44.4 % top-3 (`score.py`, 27 runs, the same with the build
/// that had the forty-first and forty-second sets' rows); after an account told as differing
/// from the one authorised: the figures in [`FLOORS_43`].
#[test]
fn error_strings_43_accuracy() {
    check_set("error strings 43", STRINGS_43, (10, 8), FLOORS_43);
}

/// The forty-fourth set (GitHub threads; most `unconfirmed` or a judgement): 70.0 % top-1 and
/// top-3 before any tuning on it (`score.py`, 30 runs) and after: the figures in [`FLOORS_44`].
#[test]
fn error_strings_44_accuracy() {
    check_set("error strings 44", STRINGS_44, (10, 8), FLOORS_44);
}

/// The forty-fifth set (appliances; small: the device vendors' pages quote no errors): 72.7 %
/// top-1 and 81.8 % top-3 at its first look (`score.py`, 11 runs; 18.2 % / 27.3 % with the build
/// of the session's start, before a token request refused with its HTTP status only was read):
/// the figures in [`FLOORS_45`].
#[test]
fn error_strings_45_accuracy() {
    check_set("error strings 45", STRINGS_45, (5, 4), FLOORS_45);
}

/// The forty-sixth set (the long tail of GitHub threads; mostly the token endpoint): 88.7 % top-1
/// and 94.3 % top-3 at its first look (`score.py`, 53 runs); after the v1 wording of AADSTS70001
/// ("was not found in the directory") and Azure.Identity's client secret credential failing
/// without its answer: the figures in [`FLOORS_46`].
#[test]
fn error_strings_46_accuracy() {
    check_set("error strings 46", STRINGS_46, (25, 20), FLOORS_46);
}

/// The forty-seventh set (German applications' messages): 63.9 % top-1 and top-3 at its first
/// look (`score.py`, 36 runs); after Graph's bare refusal named a missing application permission
/// second, German "bietet … kein STARTTLS an", a password sign-in refused, throttling named
/// alone, no usable mailbox and Node's `fetch failed`: the figures in [`FLOORS_47`].
#[test]
fn error_strings_47_accuracy() {
    check_set("error strings 47", STRINGS_47, (20, 10), FLOORS_47);
}

/// The forty-eighth set (forums and knowledge bases): 80.0 % top-1 and 84.0 % top-3 at its first
/// look (`score.py`, 50 runs); after impersonation denied to a service account without its role
/// and Java's "Unsupported or unrecognized SSL message": the figures in [`FLOORS_48`].
#[test]
fn error_strings_48_accuracy() {
    check_set("error strings 48", STRINGS_48, (25, 20), FLOORS_48);
}

/// The forty-ninth set (mail component libraries; many a judgement): 34.8 % top-1 and 63.0 % top-3
/// at its first look (`score.py`, 46 runs); after an NTLM or Basic sign-in in a library's words, a connection that could not be established, Go's `i/o timeout`,
/// Exim's "Incorrect authentication data" and Exchange Online's SMTP server on port 465: the
/// figures in [`FLOORS_49`].
#[test]
fn error_strings_49_accuracy() {
    check_set("error strings 49", STRINGS_49, (20, 15), FLOORS_49);
}

/// The fiftieth set (blogs and Q&A mirrors in Asian languages and Russian; small): 50.0 % top-1
/// and 56.2 % top-3 at its first look (`score.py`, 16 runs); after `AUTHENTICATE Failed` with its
/// last word capitalised was read as the bare failure it is, and AADSTS50020's message without
/// its code: the figures in [`FLOORS_50`].
#[test]
fn error_strings_50_accuracy() {
    check_set("error strings 50", STRINGS_50, (10, 3), FLOORS_50);
}

/// The fifty-first set (backup products' status labels; small, mostly bare labels such as
/// "Connection Error" that name no cause): 25.0 % top-1 and top-3 at its first look (`score.py`,
/// 8 runs); nothing was written for it: the figures in [`FLOORS_51`].
#[test]
fn error_strings_51_accuracy() {
    check_set("error strings 51", STRINGS_51, (5, 1), FLOORS_51);
}

/// The fifty-second set (translation files in eight languages): 67.5 % top-1 and 72.5 % top-3 at
/// its first look (`score.py`, 40 runs); after the concept rows' statements and subjects in those
/// languages (expired, disabled, wrong, denied, not found, not supported; password, client
/// secret, consent, Conditional Access, a new authorisation asked for), a server told as busy
/// with a retry, and Roundcube's French `access_denied`: the figures in [`FLOORS_52`].
#[test]
fn error_strings_52_accuracy() {
    check_set("error strings 52", STRINGS_52, (20, 10), FLOORS_52);
}

/// The fifty-third set (applications' own messages for Entra and Graph errors): 80.0 % top-1 and
/// 84.4 % top-3 at its first look (`score.py`, 45 runs); after Graph's 401 and 403 named in an
/// application's words, an administrator who has not granted the permissions, the requested
/// permissions rejected, a server that does not answer, and AADSTS9002332 read as a personal
/// account first: the figures in [`FLOORS_53`].
#[test]
fn error_strings_53_accuracy() {
    check_set("error strings 53", STRINGS_53, (25, 10), FLOORS_53);
}

/// The fifty-fourth set (applications' translation files in twelve languages): 57.9 % top-1 and
/// top-3 at its first look (`score.py`, 38 runs); after KDE's "credentials no longer valid" and
/// Claws Mail's "access token not obtained" in their translations, the sender on another profile
/// than the one consented (Post SMTP), an account that exposes no mail address (GLPI), no refresh
/// token received (EGroupware) and the advice to let the server accept SMTP (Bitrix): the
/// figures in [`FLOORS_54`].
#[test]
fn error_strings_54_accuracy() {
    check_set("error strings 54", STRINGS_54, (20, 5), FLOORS_54);
}

/// The fifty-fifth set (PowerShell and CLI errors of app-only setups; many a tool's own bug,
/// unconfirmed): 59.4 % top-1 and 65.6 % top-3 at its first look (`score.py`, 32 runs); after an
/// Exchange cmdlet's parameter reported unknown (the session's roles), an app registration's object
/// id used where the service principal's belongs, no service principal in the directory, and an
/// API that requires OAuth: the figures in [`FLOORS_55`].
#[test]
fn error_strings_55_accuracy() {
    check_set("error strings 55", STRINGS_55, (15, 10), FLOORS_55);
}

/// The fifty-sixth set (devices, relays and notifiers): 71.0 % top-1 and 83.9 % top-3 at its first
/// look (`score.py`, 31 runs); after msmtp's "protocol violating EOF" read as a TLS handshake cut off
/// and `504 5.7.4` naming the client's mechanism and AUTH before STARTTLS beside SMTP AUTH switched
/// off: the figures in [`FLOORS_56`].
#[test]
fn error_strings_56_accuracy() {
    check_set("error strings 56", STRINGS_56, (15, 10), FLOORS_56);
}

/// The fifty-eighth set (Graph mail calls failing; many not about sign-in, unconfirmed): 56.0 %
/// top-1 and 60.0 % top-3 at its first look (`score.py`, 25 runs); after Graph's subscription
/// refused for the user or application, its subscription for a mailbox that is not there, and
/// `ErrorApiQuarantined`: the figures in [`FLOORS_58`].
#[test]
fn error_strings_58_accuracy() {
    check_set("error strings 58", STRINGS_58, (10, 8), FLOORS_58);
}

/// The fifty-seventh set (German sources): 65.8 % top-1 and 71.1 % top-3 at its first look
/// (`score.py`, 38 runs); after Entra's German messages for AADSTS65001, 70001/700016 and
/// 50001/500011 read without their code, and an internal error of Microsoft's service in an
/// application's words: the figures in [`FLOORS_57`].
#[test]
fn error_strings_57_accuracy() {
    check_set("error strings 57", STRINGS_57, (15, 10), FLOORS_57);
}

/// The fifty-ninth set (FAQs and support articles): 42.9 % top-1 and 47.6 % top-3 at its first
/// look (`score.py`, 21 runs); after a token's issue time told far from the current time, Outlook's
/// `BAD Command Error. 10` and a failed RBAC check: the figures in [`FLOORS_59`].
#[test]
fn error_strings_59_accuracy() {
    check_set("error strings 59", STRINGS_59, (15, 3), FLOORS_59);
}

/// The sixtieth set (helpdesk and ticket systems): 57.6 % top-1 and 63.6 % top-3 at its first look
/// (`score.py`, 33 runs); after Go's resolver error, Roundcube's empty greeting, a token "could not
/// be retrieved" in an application's words and an authorised address not matching the inbox: the
/// figures in [`FLOORS_60`].
#[test]
fn error_strings_60_accuracy() {
    check_set("error strings 60", STRINGS_60, (20, 8), FLOORS_60);
}

/// The sixty-first set (sync, backup and migration tools): 58.3 % top-1 and 75.0 % top-3 at its
/// first look (`score.py`, 36 runs); after a client id "not a GUID", a user not found by address, a request to
/// re-authenticate,
/// OfflineIMAP's unknown mechanism and more: the figures in [`FLOORS_61`].
#[test]
fn error_strings_61_accuracy() {
    check_set("error strings 61", STRINGS_61, (19, 11), FLOORS_61);
}

/// The sixty-second set (German sources): 85.4 % top-1 and 90.2 % top-3 at its first look
/// (`score.py`, 41 runs); after Send As from an alias in German and a permission not yet
/// propagated: the figures in [`FLOORS_62`].
#[test]
fn error_strings_62_accuracy() {
    check_set("error strings 62", STRINGS_62, (24, 11), FLOORS_62);
}

/// The sixty-third set (the operator's tools): 61.8 % top-1 and 61.8 % top-3 at its first look
/// (`score.py`, 34 runs); after consent asked for or blocked in Graph Explorer's words, Azure
/// CLI's grant note, no service principal for an app id and Entra's sign-in error list read as
/// `code: message`: the figures in [`FLOORS_63`].
#[test]
fn error_strings_63_accuracy() {
    check_set("error strings 63", STRINGS_63, (16, 12), FLOORS_63);
}

/// The sixty-fourth set (end-user mail clients): 41.7 % top-1 and 41.7 % top-3 at its first look
/// (`score.py`, 24 runs); after a client that "can no longer authenticate", a network error in
/// words, password authentication the server does not support, a redirect URL "wrong" and OWA's
/// user without mailbox: the figures in [`FLOORS_64`].
#[test]
fn error_strings_64_accuracy() {
    check_set("error strings 64", STRINGS_64, (14, 5), FLOORS_64);
}

/// The sixty-fifth set (unattended senders): 85.4 % top-1 and 90.2 % top-3 at its first look
/// (`score.py`, 41 runs); after a client built without what its OAuth needs and "login not
/// possible" read as a bare refusal: the figures in [`FLOORS_65`].
#[test]
fn error_strings_65_accuracy() {
    check_set("error strings 65", STRINGS_65, (19, 16), FLOORS_65);
}

/// The sixty-sixth set (Exchange Online's less common answers): 70.6 % top-1 and top-3 at its
/// first look (`score.py`, 17 runs); after a command concurrency limit named by its code and
/// Outlook.com's LOGIN refused for a blocked account (and 5.1.20's several From addresses no
/// longer read as Send As), and a tagless IMAP failure keeping the short reason after it: the
/// figures in [`FLOORS_66`].
#[test]
fn error_strings_66_accuracy() {
    check_set("error strings 66", STRINGS_66, (8, 5), FLOORS_66);
}

/// The sixty-eighth set (small projects' own words, ADAL's and MSAL's error words): 52.4 % top-1
/// and 57.1 % top-3 at its first look (`score.py`, 42 runs); after those error words read alone, a
/// refresh token "not created", a token "problem getting" and a user who may have no mailbox: the
/// figures in [`FLOORS_68`].
#[test]
fn error_strings_68_accuracy() {
    check_set("error strings 68", STRINGS_68, (26, 10), FLOORS_68);
}

/// The 69th set: 25.9 % top-1 and 25.9 % top-3 at its first look (`score.py`, 27 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_69`].
#[test]
fn error_strings_69_accuracy() {
    check_set("error strings 69", STRINGS_69, (14, 13), FLOORS_69);
}

/// The 70th set: 75.8 % top-1 and 87.9 % top-3 at its first look (`score.py`, 33 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_70`].
#[test]
fn error_strings_70_accuracy() {
    check_set("error strings 70", STRINGS_70, (17, 16), FLOORS_70);
}

/// The 71th set: 47.4 % top-1 and 47.4 % top-3 at its first look (`score.py`, 19 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_71`].
#[test]
fn error_strings_71_accuracy() {
    check_set("error strings 71", STRINGS_71, (10, 9), FLOORS_71);
}

/// The 72th set: 86.4 % top-1 and 88.6 % top-3 at its first look (`score.py`, 44 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_72`].
#[test]
fn error_strings_72_accuracy() {
    check_set("error strings 72", STRINGS_72, (24, 20), FLOORS_72);
}

/// The 73th set: 61.5 % top-1 and 61.5 % top-3 at its first look (`score.py`, 26 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_73`].
#[test]
fn error_strings_73_accuracy() {
    check_set("error strings 73", STRINGS_73, (16, 10), FLOORS_73);
}

/// The 74th set: 40.0 % top-1 and 50.0 % top-3 at its first look (`score.py`, 30 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_74`].
#[test]
fn error_strings_74_accuracy() {
    check_set("error strings 74", STRINGS_74, (21, 9), FLOORS_74);
}

/// The 75th set: 41.7 % top-1 and 41.7 % top-3 at its first look (`score.py`, 24 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_75`].
#[test]
fn error_strings_75_accuracy() {
    check_set("error strings 75", STRINGS_75, (19, 5), FLOORS_75);
}

/// The 76th set: 30.4 % top-1 and 39.1 % top-3 at its first look (`score.py`, 23 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_76`].
#[test]
fn error_strings_76_accuracy() {
    check_set("error strings 76", STRINGS_76, (16, 7), FLOORS_76);
}

/// The 77th set: 56.5 % top-1 and 56.5 % top-3 at its first look (`score.py`, 23 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_77`].
#[test]
fn error_strings_77_accuracy() {
    check_set("error strings 77", STRINGS_77, (18, 5), FLOORS_77);
}

/// The 78th set: 73.3 % top-1 and 73.3 % top-3 at its first look (`score.py`, 30 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_78`].
#[test]
fn error_strings_78_accuracy() {
    check_set("error strings 78", STRINGS_78, (20, 10), FLOORS_78);
}

/// The 79th set: 66.7 % top-1 and 86.7 % top-3 at its first look (`score.py`, 30 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_79`].
#[test]
fn error_strings_79_accuracy() {
    check_set("error strings 79", STRINGS_79, (16, 14), FLOORS_79);
}

/// The 80th set: 76.9 % top-1 and 84.6 % top-3 at its first look (`score.py`, 26 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_80`].
#[test]
fn error_strings_80_accuracy() {
    check_set("error strings 80", STRINGS_80, (14, 12), FLOORS_80);
}

/// The 81th set: 90.2 % top-1 and 92.7 % top-3 at its first look (`score.py`, 41 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_81`].
#[test]
fn error_strings_81_accuracy() {
    check_set("error strings 81", STRINGS_81, (21, 20), FLOORS_81);
}

/// The 82th set: 50.0 % top-1 and 75.0 % top-3 at its first look (`score.py`, 8 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_82`].
#[test]
fn error_strings_82_accuracy() {
    check_set("error strings 82", STRINGS_82, (5, 3), FLOORS_82);
}

/// The 83th set: 86.4 % top-1 and 86.4 % top-3 at its first look (`score.py`, 22 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_83`].
#[test]
fn error_strings_83_accuracy() {
    check_set("error strings 83", STRINGS_83, (12, 10), FLOORS_83);
}

/// The 85th set: 69.2 % top-1 and 76.9 % top-3 at its first look (`score.py`, 26 runs); after
/// the day's rows read its misses in general form: the figures in [`FLOORS_85`]. (The 84th set,
/// four German texts, is all `unconfirmed`: the analyser runs on it in `ablate` and `score.py`.)
#[test]
fn error_strings_85_accuracy() {
    check_set("error strings 85", STRINGS_85, (15, 11), FLOORS_85);
}

/// The 86th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a sixth session); the floors: [`FLOORS_86`].
#[test]
fn error_strings_86_accuracy() {
    check_set("error strings 86", STRINGS_86, (19, 18), FLOORS_86);
}

/// The 87th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a sixth session); the floors: [`FLOORS_87`].
#[test]
fn error_strings_87_accuracy() {
    check_set("error strings 87", STRINGS_87, (17, 13), FLOORS_87);
}

/// The 88th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a sixth session); the floors: [`FLOORS_88`].
#[test]
fn error_strings_88_accuracy() {
    check_set("error strings 88", STRINGS_88, (15, 12), FLOORS_88);
}

/// The 89th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a sixth session); the floors: [`FLOORS_89`].
#[test]
fn error_strings_89_accuracy() {
    check_set("error strings 89", STRINGS_89, (20, 15), FLOORS_89);
}

/// The 90th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a sixth session); the floors: [`FLOORS_90`].
#[test]
fn error_strings_90_accuracy() {
    check_set("error strings 90", STRINGS_90, (22, 20), FLOORS_90);
}

/// The 91th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a sixth session); the floors: [`FLOORS_91`].
#[test]
fn error_strings_91_accuracy() {
    check_set("error strings 91", STRINGS_91, (13, 8), FLOORS_91);
}

/// The 92th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a sixth session); the floors: [`FLOORS_92`].
#[test]
fn error_strings_92_accuracy() {
    check_set("error strings 92", STRINGS_92, (14, 10), FLOORS_92);
}

/// The 93th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a sixth session); the floors: [`FLOORS_93`].
#[test]
fn error_strings_93_accuracy() {
    check_set("error strings 93", STRINGS_93, (16, 13), FLOORS_93);
}

/// The 94th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a sixth session); the floors: [`FLOORS_94`].
#[test]
fn error_strings_94_accuracy() {
    check_set("error strings 94", STRINGS_94, (27, 20), FLOORS_94);
}

/// The 95th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a sixth session); the floors: [`FLOORS_95`].
#[test]
fn error_strings_95_accuracy() {
    check_set("error strings 95", STRINGS_95, (20, 10), FLOORS_95);
}

/// The 96th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a sixth session); the floors: [`FLOORS_96`].
#[test]
fn error_strings_96_accuracy() {
    check_set("error strings 96", STRINGS_96, (10, 5), FLOORS_96);
}

/// The 97th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a sixth session); the floors: [`FLOORS_97`].
#[test]
fn error_strings_97_accuracy() {
    check_set("error strings 97", STRINGS_97, (15, 13), FLOORS_97);
}

/// The 98th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a seventh session); the floors: [`FLOORS_98`].
#[test]
fn error_strings_98_accuracy() {
    check_set("error strings 98", STRINGS_98, (13, 13), FLOORS_98);
}

/// The 99th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a seventh session); the floors: [`FLOORS_99`].
#[test]
fn error_strings_99_accuracy() {
    check_set("error strings 99", STRINGS_99, (21, 16), FLOORS_99);
}

/// The 100th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a seventh session); the floors: [`FLOORS_100`].
#[test]
fn error_strings_100_accuracy() {
    check_set("error strings 100", STRINGS_100, (23, 15), FLOORS_100);
}

/// The 101th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a seventh session); the floors: [`FLOORS_101`].
#[test]
fn error_strings_101_accuracy() {
    check_set("error strings 101", STRINGS_101, (24, 22), FLOORS_101);
}

/// The 102th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a seventh session); the floors: [`FLOORS_102`].
#[test]
fn error_strings_102_accuracy() {
    check_set("error strings 102", STRINGS_102, (24, 12), FLOORS_102);
}

/// The 103th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a seventh session); the floors: [`FLOORS_103`].
#[test]
fn error_strings_103_accuracy() {
    check_set("error strings 103", STRINGS_103, (6, 4), FLOORS_103);
}

/// The 104th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, an eighth session); the floors: [`FLOORS_104`].
#[test]
fn error_strings_104_accuracy() {
    check_set("error strings 104", STRINGS_104, (30, 25), FLOORS_104);
}

/// The 105th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a ninth session); the floors: [`FLOORS_105`].
#[test]
fn error_strings_105_accuracy() {
    check_set("error strings 105", STRINGS_105, (42, 42), FLOORS_105);
}

/// The 106th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a ninth session); the floors: [`FLOORS_106`].
#[test]
fn error_strings_106_accuracy() {
    check_set("error strings 106", STRINGS_106, (32, 31), FLOORS_106);
}

/// The 107th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a ninth session); the floors: [`FLOORS_107`].
#[test]
fn error_strings_107_accuracy() {
    check_set("error strings 107", STRINGS_107, (39, 36), FLOORS_107);
}

/// The 108th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a ninth session); the floors: [`FLOORS_108`].
#[test]
fn error_strings_108_accuracy() {
    check_set("error strings 108", STRINGS_108, (20, 19), FLOORS_108);
}

/// The 109th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-06, a tenth session); the floors: [`FLOORS_109`].
#[test]
fn error_strings_109_accuracy() {
    check_set("error strings 109", STRINGS_109, (70, 31), FLOORS_109);
}

/// The 110th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-07, an eleventh session); the floors: [`FLOORS_110`].
#[test]
fn error_strings_110_accuracy() {
    check_set("error strings 110", STRINGS_110, (223, 140), FLOORS_110);
}

/// The 111th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-07, a twelfth session); the floors: [`FLOORS_111`].
#[test]
fn error_strings_111_accuracy() {
    check_set("error strings 111", STRINGS_111, (183, 90), FLOORS_111);
}

/// The 112th set: its first look and its figure after the session's rows read its misses in
/// general form are in docs/ACCURACY.md (2026-12-07, a thirteenth session); the floors:
/// [`FLOORS_112`].
#[test]
fn error_strings_112_accuracy() {
    check_set("error strings 112", STRINGS_112, (221, 205), FLOORS_112);
}

/// The 113th set: its first look and its figure after the session's rows are in
/// docs/ACCURACY.md (2026-12-07, a fourteenth session); the floors: [`FLOORS_113`].
#[test]
fn error_strings_113_accuracy() {
    check_set("error strings 113", STRINGS_113, (19, 11), FLOORS_113);
}

/// The 114th set: its first look and its figure after the session's rows are in
/// docs/ACCURACY.md (2026-12-07, a fifteenth session); the floors: [`FLOORS_114`].
#[test]
fn error_strings_114_accuracy() {
    check_set("error strings 114", STRINGS_114, (7, 6), FLOORS_114);
}
