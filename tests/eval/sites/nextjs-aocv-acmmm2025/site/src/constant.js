export const imagePrefix = '/aocv';
