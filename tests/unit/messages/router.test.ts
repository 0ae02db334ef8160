import { describe, expect, it, vi } from 'vitest';
import type { BackgroundHandlers } from '../../../lib/messages/contract';
import { dispatch, dispatchInTab } from '../../../lib/messages/router';
import { unwrapResponse } from '../../../lib/messages/transport';

const options = { extensionId: 'own-id', extensionOrigin: 'chrome-extension://own-id/' };
const status = vi.fn(async () => ({ version: 'v1', count: 112 }));
const report = vi.fn(async () => null);
const handlers = { 'catalog/status': status, 'page/report': report } as unknown as BackgroundHandlers;
const msg = (type: string, payload: unknown = {}) => ({ channel: 'paperlens', type, payload });
const popup = { id: 'own-id', url: 'chrome-extension://own-id/popup.html' };
const contentScript = {
  id: 'own-id',
  url: 'https://example.org/post',
  tab: { id: 7, url: 'https://example.org/post' },
};

describe('background message router', () => {
  it('answers its own pages and content scripts', async () => {
    expect(await dispatch(handlers, msg('catalog/status'), popup, options)).toEqual({
      ok: true,
      value: { version: 'v1', count: 112 },
    });
    await dispatch(handlers, msg('page/report', { url: 'u', papers: [] }), contentScript, options);
    expect(report).toHaveBeenCalledWith({ url: 'u', papers: [] }, { tabId: 7, url: 'https://example.org/post' });
  });

  it("passes on a content script's document and its state (Chrome), for page/report to judge", async () => {
    const fromDocument = { ...contentScript, documentId: 'DOC-A', documentLifecycle: 'pending_deletion' };
    await dispatch(handlers, msg('page/report', { url: 'u', papers: [] }), fromDocument, options);
    expect(report).toHaveBeenLastCalledWith(
      { url: 'u', papers: [] },
      { tabId: 7, url: 'https://example.org/post', documentId: 'DOC-A', documentLifecycle: 'pending_deletion' },
    );
  });

  it.each([
    [
      'another extension',
      msg('catalog/status'),
      { id: 'evil', url: 'chrome-extension://evil/x.html' },
      'another extension',
    ],
    [
      'a sender with no tab and a foreign url',
      msg('catalog/status'),
      { id: 'own-id', url: 'https://x.org' },
      'unknown sender',
    ],
    ['an unknown type', msg('db/drop-everything'), popup, 'messages: unknown message type "db/drop-everything"'],
    ['an inherited property as type', msg('toString'), popup, 'unknown message type "toString"'],
    ['a foreign message shape', { hello: 1 }, popup, 'messages: not a PaperLens message'],
    [
      'a message only extension pages send, from a tab',
      msg('catalog/status'),
      contentScript,
      'messages: a content script may not send "catalog/status"',
    ],
  ])('rejects %s', async (_label, message, sender, error) => {
    const response = await dispatch(handlers, message, sender, options);
    expect(response.ok).toBe(false);
    expect(() => unwrapResponse('x', response)).toThrow(error);
  });

  it.each([
    ['a payload that is not an object', msg('lists/create', 'Thesis'), 'messages: "lists/create" needs an object'],
    ['a missing field', msg('lists/delete', {}), 'messages: "lists/delete": listId must be an id, got nothing'],
    [
      'a number for a name',
      msg('lists/create', { name: 5 }),
      'messages: "lists/create": name must be text, got a number',
    ],
    [
      'an empty list id, which would save to the default list',
      msg('entries/save', { paperId: 'arxiv:2306.13643', listId: '' }),
      'messages: "entries/save": listId must be an id, got an empty string',
    ],
    [
      'a string where a list of ids belongs, read letter by letter',
      msg('entries/save-many', { paperIds: 'arxiv:2306.13643', listId: 'l' }),
      'messages: "entries/save-many": paperIds must be a list of ids, got a string',
    ],
    [
      'an object as an id',
      msg('entries/reorder', { listId: 'l', entryIds: ['a', { id: 'b' }] }),
      'messages: "entries/reorder": entryIds[1] must be an id, got an object',
    ],
  ])('rejects %s before any handler runs, naming the field', async (_label, message, error) => {
    const ran = vi.fn(async () => null);
    const response = await dispatch({ [message.type]: ran } as unknown as BackgroundHandlers, message, popup, options);
    expect(() => unwrapResponse(message.type, response)).toThrow(error);
    expect(ran).not.toHaveBeenCalled();
  });

  it('hands a payload over without fields set to undefined, as JSON would (structured clones keep them)', async () => {
    const payload = { url: 'u', papers: [{ paperId: 'p', count: 1, note: undefined }, undefined], extra: undefined };
    await dispatch(handlers, msg('page/report', payload), contentScript, options);
    const given = report.mock.lastCall?.[0 as never] as unknown as Record<string, unknown>;
    expect(given).toEqual({ url: 'u', papers: [{ paperId: 'p', count: 1 }, null] });
    expect(Object.keys(given)).toEqual(['url', 'papers']);
    expect(Object.keys((given.papers as object[])[0] as object)).toEqual(['paperId', 'count']);
  });

  it('sends handler errors back as errors with their message', async () => {
    status.mockRejectedValueOnce(new Error('catalog: not loaded'));
    const response = await dispatch(handlers, msg('catalog/status'), popup, options);
    expect(() => unwrapResponse('catalog/status', response)).toThrow('catalog: not loaded');
  });

  it('reports a missing background clearly', () => {
    expect(() => unwrapResponse('catalog/status', undefined)).toThrow('messages: no answer to "catalog/status"');
  });

  it('content scripts reject tab messages they do not know', async () => {
    const response = await dispatchInTab({} as never, msg('tab/format-disk'));
    expect(() => unwrapResponse('tab/format-disk', response)).toThrow('unknown tab message type "tab/format-disk"');
  });
});
