# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from enum import IntEnum

from ..types import wrong_type


class BfonDocumentBfxmVersion(IntEnum):
    VALUE_1 = 1

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _from_wire(
        cls, value: object, where: str = "BfonDocumentBfxmVersion"
    ) -> "BfonDocumentBfxmVersion":
        """Parse a value the server sent, keeping one this client does not know yet (see the str enums).

        A bool or anything else that is not an integer is refused with TypeError naming ``where``.
        """
        if not isinstance(value, int) or isinstance(value, bool):
            raise wrong_type(where, "an integer", value)
        known = cls._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
