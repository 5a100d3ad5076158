/** The few NutUI components we use, as plain DOM elements (NutUI's own bundle breaks jsdom). */
import { Children, isValidElement, type ReactNode } from 'react';

export const Button = (p: {
  className?: string;
  children?: ReactNode;
  onClick?: () => void;
  disabled?: boolean;
  loading?: boolean;
}) => (
  <button className={`nut-button ${p.className ?? ''}`} onClick={p.onClick} disabled={p.disabled} aria-busy={p.loading}>
    {p.children}
  </button>
);
export const Popup = (p: { visible?: boolean; children?: ReactNode }) =>
  p.visible ? <div role="dialog">{p.children}</div> : null;
export const TextArea = (p: {
  className?: string;
  value?: string;
  placeholder?: string;
  onChange?: (v: string) => void;
}) => (
  <textarea
    className={`nut-textarea ${p.className ?? ''}`}
    value={p.value}
    placeholder={p.placeholder}
    onChange={(e) => p.onChange?.(e.target.value)}
  />
);
export const Input = (p: {
  className?: string;
  value?: string;
  placeholder?: string;
  onChange?: (v: string) => void;
  onConfirm?: () => void;
}) => (
  <input
    className={`nut-input ${p.className ?? ''}`}
    value={p.value}
    placeholder={p.placeholder}
    onChange={(e) => p.onChange?.(e.target.value)}
    onKeyDown={(e) => e.key === 'Enter' && p.onConfirm?.()}
  />
);
export const Steps = (p: { children?: ReactNode }) => <ol className="nut-steps">{p.children}</ol>;
export const Step = (p: { title?: ReactNode; value?: number }) => <li className="nut-step">{p.title}</li>;
export const Tag = (p: { className?: string; children?: ReactNode; color?: string; background?: string }) => (
  <span className={`nut-tag ${p.className ?? ''}`} style={{ color: p.color, background: p.background }}>
    {p.children}
  </span>
);
/** NutUI Rate: one item per star, showing checkedIcon up to the value; a tap sets the value. */
export const Rate = (p: {
  count?: number;
  value?: number;
  checkedIcon?: ReactNode;
  uncheckedIcon?: ReactNode;
  onChange?: (v: number) => void;
}) => (
  <div className="nut-rate">
    {Array.from({ length: p.count ?? 5 }, (_, i) => (
      <div key={i} className="nut-rate-item" onClick={() => p.onChange?.(i + 1)}>
        {i + 1 <= (p.value ?? 0) ? p.checkedIcon : p.uncheckedIcon}
      </div>
    ))}
  </div>
);
export const Empty = (p: { className?: string; image?: ReactNode; description?: ReactNode; children?: ReactNode }) => (
  <div className={`nut-empty ${p.className ?? ''}`}>
    {p.image}
    {p.description}
    {p.children}
  </div>
);
/** NutUI Tabs: a title per pane; a tap on a title changes the value. */
const TabPane = (p: { title?: string; value?: string | number }) => <span className="nut-tabpane">{p.title}</span>;
export const Tabs = Object.assign(
  (p: {
    className?: string;
    value?: string | number;
    onChange?: (v: string | number) => void;
    children?: ReactNode;
  }) => (
    <div className={`nut-tabs ${p.className ?? ''}`}>
      {Children.map(p.children, (pane) =>
        isValidElement<{ value?: string | number }>(pane) ? (
          <span onClick={() => p.onChange?.(pane.props.value ?? '')}>{pane}</span>
        ) : (
          pane
        ),
      )}
    </div>
  ),
  { TabPane },
);
/** The building picker (我要点单): a sheet that only opens on a tap; closed, it draws nothing. */
export const Picker = (p: { visible?: boolean; title?: ReactNode }) =>
  p.visible ? <div role="dialog">{p.title}</div> : null;
