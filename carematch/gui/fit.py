"""Keep the window on the screen whatever the text size.

At 200% text a row of labelled drop-down lists, or of buttons, can be wider than a laptop's
screen, and a window grows to fit its widest row. So:

* `FlowLayout` lays its items out left to right and starts a new row when the next item does
  not fit, like words in a paragraph; `add_pair` keeps a label next to its field.
* `wrap_button_rows` turns the window's left-aligned button rows into flow layouts.
* `scroll_page` puts a tall page's contents in a scroll area (inside the page, so the page
  stays the tab's widget), so it scrolls instead of squeezing its lists and labels.
* `WindowFit` sizes the window after a text size change: big enough for what it holds, never
  bigger than the screen's available area, and back to the size it had once the text is
  smaller again. It also keeps the window's dialogs on the screen: when one taller than the
  screen opens, its form goes in a scroll area, with its title and buttons always in view.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSplitter,
    QStyle,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    """Items in rows, left to right; an item that does not fit starts the next row.

    `gap` is the space between items on a row in units of the font's "M" width (so it grows
    with the text size); None uses the style's spacing. Items in a row are centred vertically.
    """

    def __init__(self, parent: QWidget | None = None, *, gap: float | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = gap

    # --- the QLayout interface ----------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def addWidget(self, widget: QWidget) -> None:
        # The item is made here rather than by QLayout::addWidget in C++, so PySide hears
        # when Qt deletes it (see _empty).
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def addLayout(self, layout: QLayout) -> None:
        self.addChildLayout(layout)
        self.addItem(layout)

    def add_pair(self, label: QWidget, field: QWidget) -> QHBoxLayout:
        """A label and its field, kept together on one row."""
        pair = QHBoxLayout()
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(label)
        pair.addWidget(field)
        self.addLayout(pair)
        return pair

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        items = self._shown()
        width = sum(i.sizeHint().width() for i in items) + self._h_gap() * max(len(items) - 1, 0)
        height = max((i.sizeHint().height() for i in items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """One item a row: as narrow as the widest item."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # --- placing ------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self, metric: QStyle.PixelMetric, orientation: Qt.Orientation) -> int:
        parent = self.parent()
        widget = self.parentWidget()
        if (
            self._gap is not None
            and widget is not None
            and orientation == Qt.Orientation.Horizontal
        ):
            return round(widget.fontMetrics().horizontalAdvance("M") * self._gap)
        if self.spacing() >= 0:
            return self.spacing()
        if isinstance(parent, QLayout) and parent.spacing() >= 0:
            return parent.spacing()
        if widget is not None:
            return max(widget.style().pixelMetric(metric, None, widget), 0)
        return 6

    def _h_gap(self) -> int:
        return self._spacing(
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing, Qt.Orientation.Horizontal
        )

    def _v_gap(self) -> int:
        return self._spacing(QStyle.PixelMetric.PM_LayoutVerticalSpacing, Qt.Orientation.Vertical)

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else QApplication.layoutDirection()

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in `rect` (or only measure); the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        h_gap, v_gap = self._h_gap(), self._v_gap()
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._shown():
            size = item.sizeHint().expandedTo(item.minimumSize())
            size.setWidth(max(min(size.width(), area.width()), item.minimumSize().width()))
            if rows[-1] and x + h_gap + size.width() > area.width():
                rows.append([])
                x = 0
            x += (h_gap if rows[-1] else 0) + size.width()
            rows[-1].append((item, size))
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(size.height() for _, size in row)
            x = area.x()
            for item, size in row:
                if move:
                    top = y + (height - size.height()) // 2
                    # right to left (Arabic): each row starts at the right, as QBoxLayout's do
                    place = QStyle.visualRect(self._direction(), area, QRect(QPoint(x, top), size))
                    item.setGeometry(place)
                x += size.width() + h_gap
            y += height + v_gap
        used = y - area.y() - (v_gap if any(rows) else 0)
        margins = self.contentsMargins()
        return max(used, 0) + margins.top() + margins.bottom()


def _in_row(layout: QBoxLayout, parent: QWidget) -> list[QWidget] | None:
    """`parent`'s widgets in `layout`, in order, when the layout holds only those and, at
    most, stretches; else None. It asks the layout by widget (indexOf), not for its items."""
    if layout.findChildren(QLayout, options=Qt.FindChildOption.FindDirectChildrenOnly):
        return None
    placed = {
        layout.indexOf(w): w
        for w in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if layout.indexOf(w) >= 0
    }
    others = [i for i in range(layout.count()) if i not in placed]
    if any(layout.stretch(i) <= 0 for i in others):
        return None  # something that is neither a widget nor a stretch
    return [placed[i] for i in sorted(placed)]


def _empty(layout: QLayout) -> None:
    """Take every item out of `layout` and delete it, widgets staying where they are.

    The items go through shiboken6.delete, not Qt: PySide keeps a wrapper of each item of a
    layout added to another (addLayout), and an item Qt deletes behind its back leaves that
    wrapper registered at a freed address, which a new object (a list item, say) can get:
    the app then crashes when either goes."""
    while (item := layout.takeAt(0)) is not None:
        shiboken6.delete(item)


def _left_aligned_button_row(layout: QLayout) -> list[QWidget] | None:
    """The buttons of a row of buttons that ends in a stretch, else None."""
    parent = layout.parentWidget()
    if not isinstance(layout, QHBoxLayout) or parent is None:
        return None
    widgets = _in_row(layout, parent)
    if widgets is None or len(widgets) < 2 or len(widgets) != layout.count() - 1:
        return None
    if layout.stretch(layout.count() - 1) <= 0:
        return None  # the stretch is not last
    if not all(isinstance(w, QAbstractButton) for w in widgets):
        return None
    return widgets


def wrap_button_rows(root: QWidget) -> int:
    """Let every row of buttons under `root` that ends in a stretch wrap onto more rows when
    it is wider than the room it has. The row stays where it was (it now holds a flow
    layout), and so does each button's place in the tab order. Returns how many rows."""
    changed = 0
    for layout in root.findChildren(QHBoxLayout):
        buttons = _left_aligned_button_row(layout)
        if buttons is None:
            continue
        _empty(layout)
        flow = FlowLayout()
        layout.addLayout(flow)
        for b in buttons:
            flow.addWidget(b)
        changed += 1
    return changed


def frame_margins(window: QWidget) -> QMargins:
    """How much the window's frame (title bar, borders) adds on each side."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )


def relayout(window: QWidget) -> None:
    """Measure everything again, hidden pages too: Qt lays out only what is showing, so a
    page last seen at 200% would still ask for its 200% width back at 100%."""
    for layout in window.findChildren(QLayout):
        layout.invalidate()
    for widget in window.findChildren(QWidget):
        widget.updateGeometry()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    top = window.layout()
    if top is not None:
        top.invalidate()
        top.activate()


class WindowFit(QObject):
    """Sizes a window after its text size changes, within the screen's available area.

    It remembers the size the window had (or was given by the person) at the smaller text,
    grows from there only as far as the window's contents need and the screen allows, and
    goes back to the remembered size when the contents need less again.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.preferred = QSize(window.size())
        self._fitting = False
        self._target = QSize()  # the size refit() gave the window last
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a dialog opening takes the focus
            app.focusChanged.connect(self._focus_moved)

    @property
    def window(self) -> QWidget:  # the parent, not kept in an attribute: no reference cycle
        window = self.parent()
        assert isinstance(window, QWidget)
        return window

    @classmethod
    def of(cls, window: QWidget, *, tall_pages: tuple[QWidget, ...] = ()) -> WindowFit:
        """The window's fitter; the first call also lets its button rows wrap and puts
        `tall_pages` in scroll areas."""
        fit = window.findChild(WindowFit)
        if fit is None:
            fit = cls(window)
            wrap_button_rows(window)
            for page in tall_pages:
                scroll_page(page)
        return fit

    def available(self) -> QRect:
        screen = self.window.screen() or QApplication.primaryScreen()
        return screen.availableGeometry()

    def frame_margins(self) -> QMargins:
        return frame_margins(self.window)

    def largest(self) -> QSize:
        """The biggest client size whose frame still fits the available area."""
        return self.available().size().shrunkBy(self.frame_margins())

    def refit(self) -> None:
        """Call after the text size changed: lay out again, then size and place the window."""
        window = self.window
        if window.isMaximized() or window.isFullScreen():
            return
        self.relayout()
        largest = self.largest()
        need = window.minimumSizeHint().expandedTo(window.minimumSize())
        target = self.preferred.expandedTo(need).boundedTo(largest)
        self._fitting = True
        self._target = target
        try:
            if target != window.size():
                window.resize(target)
            self.keep_on_screen()
        finally:
            self._fitting = False
        QTimer.singleShot(0, self, self.show_focus)

    def show_focus(self) -> None:
        """Scroll the control in use (the "Text size" list, say) back into view: its scroll
        area kept its place while everything in it grew or shrank."""
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self.window:
            return
        parent = focus.parentWidget()
        while parent is not None and parent is not self.window:
            content = parent.widget() if isinstance(parent, QScrollArea) else None
            if content is not None and content is not focus and content.isAncestorOf(focus):
                parent.ensureWidgetVisible(focus)  # type: ignore[attr-defined]
            parent = parent.parentWidget()

    def relayout(self) -> None:
        relayout(self.window)

    def keep_on_screen(self) -> None:
        """Move the window so its frame is inside the available area (as far as it can be)."""
        window = self.window
        if not window.isVisible():
            return
        area, frame = self.available(), window.frameGeometry()
        x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
        y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
        if (x, y) != (frame.left(), frame.top()):
            window.move(x, y)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        dialog = new.window() if new is not None else None
        if isinstance(dialog, QDialog) and _opened_from(dialog, self.window):
            fit_dialog(dialog, self.available(), self.frame_margins())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and watched is self.window:
            self.keep_on_screen()
        elif kind == QEvent.Type.Resize and not self._fitting and watched is self.window:
            size, minimum = self.window.size(), self.window.minimumSize()
            if size.width() == minimum.width() or size.height() == minimum.height():
                self.keep_on_screen()  # it grew to fit contents shown for the first time
            elif size != self._target:  # the person (or the program) chose this size
                self.preferred = QSize(size)
        return False


class HeightForWidthFloor(QObject):
    """Keeps a widget at least as tall as its layout needs at the widget's width.

    Rows that wrap (flow layouts, word-wrapped labels) need more height when narrower, but
    a QSplitter only looks at its panes' minimum sizes. This sets the pane's minimum height
    from its width whenever either changes, so a scroll area around it can scroll instead of
    the pane squeezing its contents over each other."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
            and watched is self.parent()
            and isinstance(watched, QWidget)
        ):
            layout = watched.layout()
            if layout is not None:
                need = layout.totalMinimumHeightForWidth(watched.width())
                if need != watched.minimumHeight():
                    watched.setMinimumHeight(need)
        return False


def scroll_page(page: QWidget) -> QScrollArea | None:
    """Move everything in `page` into a scroll area inside it. When there is room the page
    looks the same; when there is not (large text, small screen) it scrolls up and down."""
    old = page.layout()
    if not isinstance(old, QBoxLayout) or page.findChild(QScrollArea, SCROLLED_PAGE):
        return None
    widgets = _in_row(old, page)
    if widgets is None or len(widgets) != old.count():
        return None  # only a page whose layout holds widgets alone is moved
    stretches = [old.stretch(i) for i in range(old.count())]
    _empty(old)
    content = QWidget()
    content.setObjectName(f"{page.objectName()}-contents")
    new = QBoxLayout(old.direction(), content)
    new.setContentsMargins(old.contentsMargins())
    new.setSpacing(old.spacing())
    for widget, stretch in zip(widgets, stretches, strict=True):
        new.addWidget(widget, stretch)  # and Qt makes it the new widget's child
    scroll = QScrollArea(page)
    scroll.setObjectName(SCROLLED_PAGE)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    old.setContentsMargins(0, 0, 0, 0)
    old.addWidget(scroll)
    for splitter in content.findChildren(QSplitter):
        for i in range(splitter.count()):
            pane = splitter.widget(i)
            pane_layout = pane.layout() if pane is not None else None
            if pane is not None and pane_layout is not None and pane_layout.hasHeightForWidth():
                HeightForWidthFloor(pane)
    return scroll


SCROLLED_PAGE = "carematch-scrolled-page"


def _opened_from(dialog: QWidget, window: QWidget) -> bool:
    if not dialog.isWindow():
        return False
    parent = dialog.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def fit_dialog(dialog: QDialog, area: QRect, frame: QMargins) -> None:
    """A dialog that does not fit in `area` (its frame `frame` wide) gets its tallest part
    (the form) in a scroll area, is made to fit, and is centred on its window again."""
    if dialog.windowState() & Qt.WindowState.WindowFullScreen:
        return  # the panel view: the whole screen, laid out for it
    largest = area.size().shrunkBy(frame)
    if dialog.height() <= largest.height() and dialog.width() <= largest.width():
        return
    if dialog.findChild(QScrollArea, SCROLLED_FORM) is None:
        scroll_tallest_part(dialog)
        layout = dialog.layout()
        if layout is not None:
            layout.activate()
    dialog.resize(dialog.size().boundedTo(largest).expandedTo(dialog.minimumSize()))
    parent = dialog.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else area.center()
    place = QRect(QPoint(0, 0), dialog.size().grownBy(frame))
    place.moveCenter(centre)
    x = max(area.left(), min(place.left(), area.right() + 1 - place.width()))
    y = max(area.top(), min(place.top(), area.bottom() + 1 - place.height()))
    dialog.move(x, y)


SCROLLED_FORM = "carematch-scrolled-form"


def scroll_tallest_part(dialog: QWidget) -> QScrollArea | None:
    """Put the tallest part of a dialog's column (its form, usually) in a scroll area that
    scrolls up and down only; the rest (title, problems, OK and Cancel) stays in view."""
    body = dialog.layout()
    if not isinstance(body, QBoxLayout) or body.direction() not in (
        QBoxLayout.Direction.TopToBottom,
        QBoxLayout.Direction.BottomToTop,
    ):
        return None
    # its parts, found by widget and by layout, never by item: see _in_row
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    parts: list[tuple[int, int, QWidget | QLayout]] = [
        (body.indexOf(part), part.minimumSize().height(), part)
        for part in body.findChildren(QLayout, options=direct)
    ]
    parts += [
        (body.indexOf(w), w.minimumSizeHint().expandedTo(w.minimumSize()).height(), w)
        for w in dialog.findChildren(QWidget, options=direct)
        if body.indexOf(w) >= 0 and not w.isHidden() and not isinstance(w, QDialogButtonBox)
    ]
    if not parts:
        return None
    best, _height, tallest = max(parts, key=lambda part: part[1])
    stretch = body.stretch(best)
    if isinstance(tallest, QLayout):
        body.removeItem(tallest)
        tallest.setParent(None)
        content = QWidget()
        content.setLayout(tallest)  # its fields move into the scrolled widget
    else:
        content = tallest  # Qt takes it out of the dialog's layout as it moves (no PySide
        # wrapper of its item: the dialog added it with addWidget, not within a layout)
    scroll = QScrollArea(dialog)
    scroll.setObjectName(SCROLLED_FORM)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    # as wide as the form needs, so only the height scrolls
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(content.minimumSizeHint().width() + bar)
    body.insertWidget(best, scroll, max(stretch, 1))
    return scroll
