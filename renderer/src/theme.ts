import { Badge, ColorInput, createTheme, Modal, Notification, type CSSVariablesResolver, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';

/**
 * WCAG 2.1 AA contrast (text 4.5:1): filled parts use shade 8, and for the bright palettes shades 8 and 9
 * are darkened until white text on shade 8 and shade-9 text on the light variant (shade 1) reach 4.9:1.
 * Shades 0–7 stay Mantine's, so tints and borders look as before.
 */
const darkened: Record<string, MantineColorsTuple> = {
  red: ['#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#ff6b6b', '#fa5252', '#f03e3e', '#d32e2e', '#bd2727'],
  cyan: ['#e3fafc', '#c5f6fa', '#99e9f2', '#66d9e8', '#3bc9db', '#22b8cf', '#15aabf', '#1098ad', '#0b7a8d', '#0b7082'],
  teal: ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#12b886', '#0ca678', '#087f5a', '#077554'],
  green: ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#51cf66', '#40c057', '#37b24d', '#268037', '#257535'],
  lime: ['#f4fce3', '#e9fac8', '#d8f5a2', '#c0eb75', '#a9e34b', '#94d82d', '#82c91e', '#74b816', '#4b7c0b', '#49750a'],
  yellow: ['#fff9db', '#fff3bf', '#ffec99', '#ffe066', '#ffd43b', '#fcc419', '#fab005', '#f59f00', '#a35f00', '#a35400'],
  orange: ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#fd7e14', '#f76707', '#be490a', '#b43c0c'],
};

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  colors: darkened,
  defaultRadius: 'sm',
  // The documents' font (Noto Sans, embedded in every PDF), so screen and paper match.
  fontFamily: '"Noto Sans", "Segoe UI", system-ui, -apple-system, Roboto, Arial, sans-serif',
  headings: { fontWeight: '600' },
  // Visible focus for keyboard users on every focusable part, not only inputs.
  focusRing: 'auto',
  components: {
    Badge: Badge.extend({ defaultProps: { tt: 'none', fw: 600 } }),
    // The eye-dropper button has no text and no way to name it per language here; colours are typed or picked.
    ColorInput: ColorInput.extend({ defaultProps: { withEyeDropper: false } }),
  },
});

/** The theme in the app's language: every dialog's and notification's close button (an icon only) is named, e.g. "Luk" (axe button-name). */
export function themeIn(closeLabel: string): MantineThemeOverride {
  const named = { closeButtonProps: { 'aria-label': closeLabel } };
  return {
    ...theme,
    components: { ...theme.components, Modal: Modal.extend({ defaultProps: named }), Notification: Notification.extend({ defaultProps: named }) },
  };
}

/** Dimmed helper text: Mantine's gray-6 is 3.3:1 on white; #5c636a is 5.5:1 on gray-1 and 6.1:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a', '--mantine-color-placeholder': '#6c737a' },
  dark: {},
});
