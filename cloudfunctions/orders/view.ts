/**
 * What a caller sees of an order: phone and room in full or masked, and its timeline — on `get` and
 * in every action's answer, so the order's page shows the move without fetching it again; lists
 * leave it out.
 */
import type { OrderView } from '../../types/orders';
import { maskPhone, maskRoom } from '../../domain/mask';
import { takerReachable } from '../../domain/orders/permissions';
import type { OrderDoc } from '../_shared/orders/model';

export function orderView(o: OrderDoc, level: 'full' | 'masked', withTimeline = true): OrderView {
  const masked = level === 'masked';
  return {
    _id: o._id,
    status: o.status,
    category: o.category,
    content: o.content,
    buildingId: o.buildingId,
    room: masked ? maskRoom(o.room) : o.room,
    contactPhone: masked ? maskPhone(o.contactPhone) : o.contactPhone,
    gridId: o.gridId,
    residentId: o.residentId,
    residentName: masked ? o.residentName.slice(0, 1) + '**' : o.residentName,
    filedById: o.filedById,
    ...(o.proxyId ? { proxyId: o.proxyId, proxyName: o.proxyName } : {}),
    takerId: o.takerId,
    takerName: o.takerName,
    // Like the timeline, only on the order's own page (get and action answers), never in lists.
    takerPhone: withTimeline && !masked && takerReachable(o.status) ? o.takerPhone : undefined,
    photos: o.photos,
    dispatchKind: o.dispatchKind,
    reply: o.reply,
    completionNote: o.completionNote,
    completionPhotos: o.completionPhotos,
    rating: o.rating,
    rectification: o.rectification,
    takeBy: o.takeBy.toISOString(),
    finishBy: o.finishBy.toISOString(),
    overdueLevel: o.overdueLevel,
    createdAt: o.createdAt.toISOString(),
    ...(withTimeline
      ? {
          timeline: o.timeline.map((t) => ({
            at: t.at.toISOString(),
            actorId: t.actorId,
            actorName: t.actorName,
            actorRole: t.actorRole,
            action: t.action,
            note: t.note,
          })),
        }
      : {}),
  };
}
