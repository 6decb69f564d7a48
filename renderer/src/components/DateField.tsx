import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDateText, parseTimeText } from './dateText';

type FieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue' | 'type'> & { value?: string | null; onChange?: (value: string) => void };

const shown = (iso: string | null | undefined) => (iso && /^\d{4}-\d\d-\d\d$/.test(iso) ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : (iso ?? ''));

/**
 * Every date field: typed as people write dates (15-04-2027, 15.4.27, 15/4), or picked in Mantine's calendar
 * (in the app's language, DatesProvider in main.tsx) behind the button at its end. Value in and out is
 * YYYY-MM-DD, '' when empty; text that is not a date is passed on as typed, so the form refuses it.
 */
export function DateField({ value, onChange, onFocus, onBlur, error, disabled, readOnly, ...rest }: FieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [bad, setBad] = useState(false);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const iso = value && /^\d{4}-\d\d-\d\d$/.test(value) ? value : null;
  return (
    <TextInput
      ref={input}
      autoComplete="off"
      placeholder={t('common.datePlaceholder')}
      value={text ?? shown(value)}
      disabled={disabled}
      readOnly={readOnly}
      error={bad ? t('common.dateInvalid') : error}
      onFocus={(e) => {
        setText(shown(value));
        onFocus?.(e);
      }}
      onChange={(e) => {
        const typed = e.currentTarget.value;
        setText(typed);
        setBad(false);
        onChange?.(typed.trim() === '' ? '' : (parseDateText(typed) ?? typed));
      }}
      onBlur={(e) => {
        setBad(!!text && text.trim() !== '' && !parseDateText(text));
        setText(null);
        onBlur?.(e);
      }}
      rightSection={
        disabled || readOnly ? null : (
          <Popover opened={open} onChange={setOpen} position="bottom-end" trapFocus returnFocus withinPortal>
            <Popover.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('common.pickDate')} onClick={() => setOpen((o) => !o)}>
                <IconCalendar size={16} />
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown>
              <DatePicker
                value={iso}
                defaultDate={iso ?? undefined}
                onChange={(d) => {
                  onChange?.(d ?? '');
                  setBad(false);
                  setOpen(false);
                  input.current?.focus();
                }}
              />
            </Popover.Dropdown>
          </Popover>
        )
      }
      {...rest}
    />
  );
}

/** Every time field: 24-hour time typed as 9.30, 0930 or 9:30, shown as 09:30 once the field is left. */
export function TimeField({ value, onChange, onFocus, onBlur, ...rest }: FieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('common.timePlaceholder')}
      value={text ?? value ?? ''}
      onFocus={(e) => {
        setText(value ?? '');
        // Typing replaces the time, as in a native field reached with Tab.
        const el = e.currentTarget;
        requestAnimationFrame(() => el.select());
        onFocus?.(e);
      }}
      onChange={(e) => {
        const typed = e.currentTarget.value;
        setText(typed);
        onChange?.(parseTimeText(typed) ?? typed);
      }}
      onBlur={(e) => {
        setText(null);
        onBlur?.(e);
      }}
      {...rest}
    />
  );
}
