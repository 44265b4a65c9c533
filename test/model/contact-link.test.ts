import { describe, expect, it } from 'vitest';
import { contactLink } from '../../src/model/contact-link.js';

describe('contactLink', () => {
  it('links the phone number in a contact text, dialling digits only', () => {
    expect(contactLink('0800 123 456 (24 hours)')).toEqual({ before: '', text: '0800 123 456', href: 'tel:0800123456', after: ' (24 hours)' });
    expect(contactLink('Call +44 (0)20 7946 0000')?.href).toBe('tel:+442079460000');
    expect(contactLink('(020) 7946-0000')?.href).toBe('tel:02079460000');
    expect(contactLink('Mon–Fri 9–17, 0800 123 456')).toMatchObject({ before: 'Mon–Fri 9–17, ', text: '0800 123 456' });
  });

  it('links an e-mail address with mailto:', () => {
    expect(contactLink('Write to hr@example.org.')).toEqual({ before: 'Write to ', text: 'hr@example.org', href: 'mailto:hr@example.org', after: '.' });
  });

  it('leaves text with neither alone', () => {
    expect(contactLink('Ask your manager')).toBeUndefined();
    expect(contactLink('Open 24/7 since 2027')).toBeUndefined();
  });
});
