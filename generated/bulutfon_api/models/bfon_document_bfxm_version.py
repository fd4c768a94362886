# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from enum import IntEnum


class BfonDocumentBfxmVersion(IntEnum):
    VALUE_1 = 1

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _from_wire(cls, value: int) -> "BfonDocumentBfxmVersion":
        """Parse a value the server sent, keeping one this client does not know yet (see the str enums)."""
        try:
            return cls(value)
        except ValueError:
            if not isinstance(value, int):
                raise
            member = int.__new__(cls, value)
            member._name_ = "UNKNOWN"
            member._value_ = value
            return member
