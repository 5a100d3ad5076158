/**
 * What a caller sees of an order: phone and room in full or masked, and its timeline — on `get` and
 * in every action's answer, so the order's page shows the move without fetching it again; lists
 * leave it out. A masked view masks every field that can carry the resident's personal data: name,
 * room and phone, the resident's name on the timeline, and written notes and answers are left out
 * (domain/orders/privacy.ts).
 */
import type { OrderView } from '../../types/orders';
import { maskName, maskPhone, maskRoom } from '../../domain/mask';
import { takerReachable } from '../../domain/orders/permissions';
import { maskTimelineLine, TEXT_LEFT_OUT_WHEN_MASKED } from '../../domain/orders/privacy';
import type { OrderDoc } from '../_shared/orders/model';

export function orderView(o: OrderDoc, level: 'full' | 'masked', withTimeline = true): OrderView {
  const masked = level === 'masked';
  const view: OrderView = {
    _id: o._id,
    status: o.status,
    category: o.category,
    content: o.content,
    ...(o.oneTap ? { oneTap: true } : {}),
    buildingId: o.buildingId,
    room: masked ? maskRoom(o.room) : o.room,
    contactPhone: masked ? maskPhone(o.contactPhone) : o.contactPhone,
    gridId: o.gridId,
    residentId: o.residentId,
    residentName: masked ? maskName(o.residentName) : o.residentName,
    filedById: o.filedById,
    ...(o.proxyId ? { proxyId: o.proxyId, proxyName: o.proxyName } : {}),
    takerId: o.takerId,
    takerName: o.takerName,
    // Like the timeline, only on the order's own page (get and action answers), never in lists.
    takerPhone: withTimeline && !masked && takerReachable(o.status) ? o.takerPhone : undefined,
    ...(o.departmentId ? { departmentId: o.departmentId, departmentName: o.departmentName } : {}),
    photos: o.photos,
    dispatchKind: o.dispatchKind,
    reply: o.reply,
    completionNote: o.completionNote,
    completionPhotos: o.completionPhotos,
    rating: masked && o.rating ? { score: o.rating.score } : o.rating,
    rectification: o.rectification,
    ...(o.addressUnconfirmed ? { addressUnconfirmed: true } : {}),
    ...(o.waitingSince ? { waitingSince: o.waitingSince.toISOString(), waitReason: o.waitReason } : {}),
    ...(o.closeBy ? { closeBy: o.closeBy.toISOString() } : {}),
    ...(o.closedAs ? { closedAs: o.closedAs } : {}),
    takeBy: o.takeBy.toISOString(),
    finishBy: o.finishBy.toISOString(),
    overdueLevel: o.overdueLevel,
    createdAt: o.createdAt.toISOString(),
    ...(withTimeline ? { timeline: o.timeline.map((t) => timelineLine(t, o, masked)) } : {}),
  };
  if (masked) for (const field of TEXT_LEFT_OUT_WHEN_MASKED) delete view[field];
  return view;
}

function timelineLine(t: OrderDoc['timeline'][number], o: OrderDoc, masked: boolean) {
  const line = {
    at: t.at.toISOString(),
    actorId: t.actorId,
    actorName: t.actorName,
    actorRole: t.actorRole,
    action: t.action,
    ...(t.note ? { note: t.note } : {}),
  };
  return masked ? maskTimelineLine(line, o.residentId) : line;
}
