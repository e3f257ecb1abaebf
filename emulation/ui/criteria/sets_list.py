"""The criteria sets there are: those stored (latest revision) and the built-in templates."""

from __future__ import annotations

from collections.abc import Sequence

from emulation.services.criteria import CriteriaInfo
from emulation.text import vn_sorted
from emulation.ui.qt import Qt, QtWidgets

INFO_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class SetsList(QtWidgets.QListWidget):
    def set_infos(self, infos: Sequence[CriteriaInfo], keep: str | None) -> None:
        blocked = self.blockSignals(True)
        self.clear()
        for info in vn_sorted(infos, key=lambda i: i.name):
            item = QtWidgets.QListWidgetItem(self._label(info))
            item.setData(INFO_ROLE, info)
            item.setToolTip(self._tooltip(info))
            self.addItem(item)
            if info.name == keep:
                self.setCurrentItem(item)
        self.blockSignals(blocked)

    def current_info(self) -> CriteriaInfo | None:
        item = self.currentItem()
        return item.data(INFO_ROLE) if item is not None else None

    def select_name(self, name: str) -> bool:
        for row in range(self.count()):
            info = self.item(row).data(INFO_ROLE)
            if info.name == name:
                self.setCurrentRow(row)
                return True
        return False

    def _label(self, info: CriteriaInfo) -> str:
        if info.builtin:
            return self.tr("{0}  [mẫu có sẵn]").format(info.name)
        return self.tr("{0}  (bản {1})").format(info.name, info.revision)

    def _tooltip(self, info: CriteriaInfo) -> str:
        text = self.tr("{0} tiêu chí chấm, tổng {1} điểm").format(info.leaves, info.max_total)
        if info.periods:
            text += "\n" + self.tr("Dùng trong {0} kỳ chấm điểm").format(info.periods)
        return text
