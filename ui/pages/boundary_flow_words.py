"""The boundary flow's words about what she writes: a boundary or, for a safety action
(e.g. a child touched sexually), a safety agreement, never called a boundary: it is not
one to weigh up."""

from __future__ import annotations

from PySide6.QtCore import QObject


class FlowWords(QObject):
    """The texts that differ between a boundary and a safety agreement."""

    def consequence(self, safety: bool) -> str:
        """What the consequence step explains: a boundary's "if it is crossed", or what
        she does at once for a safety action."""
        if safety:
            return self.tr(
                "This is not a boundary to weigh up or agree on: touching a child sexually "
                "is abuse. It is stopped at once, the child is made safe, and you call for "
                "advice the same day (in Flanders in the evening and at the weekend: the "
                "police, 101). You do not have to judge it alone, and you do not wait for it "
                "to happen again.")
        return self.tr(
            "What will you do if the boundary is crossed? A consequence is there to protect "
            "you, not to punish. Choose something that is in your own hands.")

    def get(self, key: str, safety: bool) -> str:
        """The text for `key` ("action", "summary", "save", …)."""
        if safety:
            words = {
                "action": self.tr(
                    "Write it as something you will do yourself, for example: \"I step in "
                    "at once and take the child to a safe place.\" You cannot make another "
                    "person change, but you can decide what you do."),
                "need": self.tr(
                    "What does this protect? The child's safety first, and also you: you do "
                    "not have to weigh this up alone. Naming it helps you act, also when it "
                    "is hard."),
                "support": self.tr(
                    "Who can you lean on when you act on this? You do not have to do it "
                    "alone, and it helps to know beforehand who stands beside you."),
                "summary": self.tr(
                    "Here is your safety agreement. You can print it, or go back and change "
                    "anything. Saving keeps it in your journal only."),
                "summary name": self.tr("Summary of the safety agreement"),
                "print": self.tr("Print this safety agreement"),
                "cancel": self.tr("Stop and throw away this safety agreement"),
                "save": self.tr("Save this safety agreement"),
                "not saved": self.tr("The safety agreement was not saved"),
                "stop": self.tr("Stop writing this safety agreement?"),
                "stop changing": self.tr("Stop changing this safety agreement?"),
                "changes thrown away": self.tr(
                    "Your changes in these steps will be thrown away; the safety agreement "
                    "stays as it was."),
            }
        else:
            words = {
                "action": self.tr(
                    "Write it as something you will do yourself, for example: \"For now I "
                    "will sleep in the study.\" You cannot make another person change, but "
                    "you can decide what you do."),
                "need": self.tr(
                    "Which need does this boundary protect? Rest, safety, room to heal… "
                    "Naming it helps you remember why it matters to you, also on days when "
                    "it is hard."),
                "support": self.tr(
                    "Who can you lean on while you hold this boundary? Holding one is easier "
                    "with someone beside you, and it helps to know who before you start."),
                "summary": self.tr(
                    "Here is your boundary. You can read it aloud to practise, print it, or "
                    "go back and change anything. Saving keeps it in your journal only."),
                "summary name": self.tr("Summary of the boundary"),
                "print": self.tr("Print this boundary"),
                "cancel": self.tr("Stop and throw away this boundary"),
                "save": self.tr("Save this boundary"),
                "not saved": self.tr("The boundary was not saved"),
                "stop": self.tr("Stop this boundary?"),
                "stop changing": self.tr("Stop changing this boundary?"),
                "changes thrown away": self.tr(
                    "Your changes in these steps will be thrown away; the boundary stays as "
                    "it was."),
            }
        return words[key]

