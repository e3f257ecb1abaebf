"""Units: what is scored, arranged in a tree."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from emulation.store.models.base import Base


class Unit(Base):
    """A village, office, school or party cell (đơn vị)."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str | None] = mapped_column(String(64))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("units.id", ondelete="RESTRICT"), index=True
    )
    cluster: Mapped[str | None] = mapped_column(String(128))
    position: Mapped[int] = mapped_column(default=0, server_default="0")

    parent: Mapped[Unit | None] = relationship(back_populates="children", remote_side=[id])
    children: Mapped[list[Unit]] = relationship(
        back_populates="parent", order_by="Unit.position, Unit.id"
    )

    def __repr__(self) -> str:
        return f"Unit(code={self.code!r}, name={self.name!r})"
