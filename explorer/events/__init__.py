"""Events layer: dated clauses with actors and themes."""

from explorer.events.event import ActorRef, DocInfo, Event, TimexRef, When

__all__ = ["ActorRef", "DocInfo", "Event", "TimexRef", "When"]
