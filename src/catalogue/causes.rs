//! The cause catalogue (one entry per [`CauseId`]).

use super::{Cause, CauseId, ChainLink, Stage};
use crate::t;

/// Every cause, in the order of [`CauseId::ALL`].
pub static CAUSES: &[Cause] = &[Cause {
    id: CauseId::ServicePrincipalNotRegisteredInExchange,
    stage: Stage::Exchange,
    link: Some(ChainLink::ExchangeServicePrincipal),
    title: t!("Service principal not registered in Exchange", "Dienstprinzipal nicht in Exchange registriert"),
    summary: t!("TODO", "TODO"),
    explanation: t!("TODO", "TODO"),
    signals: &[],
    questions: &[],
    steps: &[],
    docs: &[],
}];
