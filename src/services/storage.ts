/**
 * Photos: choose them on the phone and upload them to cloud storage, answering file ids the
 * `orders` function accepts (cloud://… on WeChat, local://uploads/… on the local cloud).
 *
 * weapp: wx.chooseMedia, then wx.cloud.uploadFile to `<folder>/<own user id>/<month>/<name>`
 *        → fileID (cloud://…), shown by <Image> as is.
 * H5:    the chosen File is POSTed raw to the local cloud's /storage/upload (local-cloud.ts, as the
 *        dev sign-in's person) → { fileId: 'local://uploads/<user id>/<name>' }, shown from /storage/uploads/….
 * Either way the file sits in the uploader's own folder: functions accept only the caller's own
 * uploads (cloudfunctions/_shared/photos.ts), so a photo uploaded elsewhere is refused.
 */
import Taro from '@tarojs/taro';
import type { Envelope } from '../../types/envelope';
import { isEnvelope } from './cloud';
import { session } from '../features/session';
import { uploadToLocalCloud } from './local-cloud';

export interface ChosenPhoto {
  /** A temp path (weapp) or blob: URL (H5): good for a preview before the upload finishes. */
  path: string;
  /** H5 only: the picked file itself, uploaded as the request body. */
  file?: Blob;
}

const UPLOAD_FAILED: Envelope<never> = { ok: false, error: { code: 'INTERNAL', message: '图片上传失败，请重试' } };
const LOCAL_PREFIX = 'local://uploads/';

/** Opens the album/camera for up to `count` images; [] when the person cancels. */
export async function choosePhotos(count: number): Promise<ChosenPhoto[]> {
  if (count <= 0) return [];
  try {
    const res = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sizeType: ['compressed'],
      // A browser's own file picker already offers the camera; asking first would be one tap more.
      sourceType: process.env.TARO_ENV === 'weapp' ? ['album', 'camera'] : ['album'],
    });
    return res.tempFiles.slice(0, count).map((f) => {
      const file = (f as { originalFileObj?: Blob }).originalFileObj;
      return file ? { path: f.tempFilePath, file } : { path: f.tempFilePath };
    });
  } catch {
    return []; // cancelled, or no permission: nothing chosen
  }
}

function randomName(): string {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
}

async function uploadWeapp(photo: ChosenPhoto, folder: string): Promise<Envelope<{ fileId: string }>> {
  const ext = /\.(\w{2,5})$/.exec(photo.path)?.[1] ?? 'jpg';
  const month = new Date().toISOString().slice(0, 7);
  // The folder names the uploader, which is what makes the photo theirs to attach (see above).
  const owner = session.get().data?.user._id;
  if (!owner) return UPLOAD_FAILED;
  const res = await Taro.cloud.uploadFile({
    cloudPath: `${folder}/${owner}/${month}/${randomName()}.${ext}`,
    filePath: photo.path,
  });
  return res.fileID ? { ok: true, data: { fileId: res.fileID } } : UPLOAD_FAILED;
}

async function uploadH5(photo: ChosenPhoto): Promise<Envelope<{ fileId: string }>> {
  const body = photo.file ?? (await (await fetch(photo.path)).blob());
  const answer = await uploadToLocalCloud(body);
  return isEnvelope(answer) ? (answer as Envelope<{ fileId: string }>) : UPLOAD_FAILED;
}

/** Uploads one chosen photo; a failure is an envelope with a message a person can act on. */
export async function uploadPhoto(photo: ChosenPhoto, folder = 'orders'): Promise<Envelope<{ fileId: string }>> {
  try {
    return process.env.TARO_ENV === 'weapp' ? await uploadWeapp(photo, folder) : await uploadH5(photo);
  } catch {
    return UPLOAD_FAILED;
  }
}

/** What an <Image> can show for a stored file id. */
export function photoSrc(fileId: string): string {
  // Only the H5 build talks to the local cloud (the weapp build holds no path to it at all).
  if (process.env.TARO_ENV === 'h5' && fileId.startsWith(LOCAL_PREFIX)) {
    return '/storage/uploads/' + fileId.slice(LOCAL_PREFIX.length);
  }
  return fileId;
}
