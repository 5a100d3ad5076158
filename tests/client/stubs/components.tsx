/** @tarojs/components as plain DOM elements, for React Testing Library in jsdom. */
import type { ReactNode } from 'react';

type Props = { className?: string; children?: ReactNode; onClick?: () => void; id?: string };

export const View = ({ className, children, onClick, id }: Props) => (
  <div className={className} onClick={onClick} id={id}>
    {children}
  </div>
);
export const Text = ({ className, children, onClick }: Props) => (
  <span className={className} onClick={onClick}>
    {children}
  </span>
);
export const Button = ({ className, children, onClick, id }: Props) => (
  <button className={className} onClick={onClick} id={id}>
    {children}
  </button>
);
export const Image = ({ className, src, onClick }: Props & { src?: string }) => (
  <img className={className} src={src} onClick={onClick} alt="" />
);
