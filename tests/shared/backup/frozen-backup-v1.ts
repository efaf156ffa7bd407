/**
 * A backup file written by format version 1 on 2 March 2025, frozen as bytes. Every later version
 * of Peer Notebook must still open it with each of its keys and read the same entries back: a
 * format change that would strand existing backups fails here.
 */
export const FROZEN_BACKUP_BASE64 =
  'UE5CQUNLVVABAJcEAAB7ImZvcm1hdCI6MSwiY3JlYXRlZEF0IjoiMjAyNS0wMy0wMlQwODozMDowMC4wMDBaIiwidmF1bHQiOnsi' +
  'Zm9ybWF0IjoxLCJ2YXVsdElkIjoiNjNmMTNhZmZhYmVmNDY0YmYyZTNmNGE0MTllZmVkNTAiLCJjcmVhdGVkQXQiOiIyMDI1LTAz' +
  'LTAxVDA5OjAwOjAwLjAwMFoiLCJzbG90cyI6W3siaWQiOiI0MTMyODY3MGQ3Zjk2NWMzNzU4NjVjMWQyN2M0YjVjYSIsImtpbmQi' +
  'OiJwYXNzcGhyYXNlIiwia2RmIjp7ImFsZ29yaXRobSI6ImFyZ29uMmlkMTMiLCJvcHNMaW1pdCI6MywibWVtTGltaXRCeXRlcyI6' +
  'NjcxMDg4NjQsInNhbHQiOiJjN0NoSHZ5bms4NmNaaFBsQ3lMdzFnIn0sIm5vbmNlIjoiY3pZcG1MY19qeWZ3dzg5R3NUUW5IcVhO' +
  'TnIwSXBqQWIiLCJ3cmFwcGVkS2V5IjoiZjlqWldxcG14Um1STnZhaExPVHhJMkFZa2dwalFVYUgzNVJCYkdvUVlIR29aQzBWTE9C' +
  'WVpZSlBSRE10b3RoNiIsImNyZWF0ZWRBdCI6IjIwMjUtMDMtMDFUMDk6MDA6MDAuMDAwWiJ9LHsiaWQiOiJjNDIxNzE2ZWI3YmFi' +
  'YjE2OGFkNjhmMmM1MTUyZDhiMiIsImtpbmQiOiJyZWNvdmVyeSIsImtkZiI6eyJhbGdvcml0aG0iOiJhcmdvbjJpZDEzIiwib3Bz' +
  'TGltaXQiOjMsIm1lbUxpbWl0Qnl0ZXMiOjY3MTA4ODY0LCJzYWx0IjoidmJjR0JUYUU0VE9RRmNlQXJvMUd0QSJ9LCJub25jZSI6' +
  'ImYwa1BRcTNTbmZTNlA0dHp2RFVqTzBVY2RvZFNSRUZYIiwid3JhcHBlZEtleSI6IjJiUklPSXlKRXpqZDVEeVdCSV9CVEdxV0NN' +
  'aFY2aEc5UnJDZUM5TXIwZlhJUU5fNFd2b280cDhsbEJleE5MaW4iLCJjcmVhdGVkQXQiOiIyMDI1LTAzLTAxVDA5OjAwOjAwLjAw' +
  'MFoifV19LCJmaWxlS2V5Ijp7Im5vbmNlIjoiYmFHSEFrZFItYUo3WE92Mjd2UjlwWHRRQ0ZmVXE3dG4iLCJ3cmFwcGVkIjoianBL' +
  'dkh4ZGJYamdLNk5CRnl1T2xuSkVpbFNJWXFfY3VCWnNMUkhsd1p3dXhTWEY4eHdDRmZEWEQ2QUFST0xtTyJ9LCJhZ2VuY3lTbG90' +
  'cyI6W3siZmluZ2VycHJpbnQiOiIxMGM2ZWZhNDZhY2Q3YTg4YTA4NzZiZjFkMThiMGUxNGZhYWNlY2MyZTVhOWZiMGVkZmExODEy' +
  'NzgzZDhmYWM3Iiwic2VhbGVkRmlsZUtleSI6IjFFZ1RIVWhhUy1wU29TemJVT1pMczJUcWduN0c2S05jWG41SFdzUWF2U1h5cHBl' +
  'STFMbGxrQ2hfSFR3XzRoUXFzcF91bWhYQUg0eVVtWnAwdFFyNlpydVcyTHFCNFgyNG5OMzBMM0RpUjN3In1dfW/ZeyK1HSYBNJ+O' +
  '03vqnNZyymoqY/EndShVcD0F8IoKnBFK+KugRfRxBzxsE25WzNxIfo0Hf/217UlZxY5OWxa5PGs3EgbzXROaogkFtYae2K27146q' +
  'n3AAAAAAAX4DAABksN0Ku0dxX7oSX2nwzCMMQ99N6Z1h48ymQybpSh1VILUtG0IDhW6BxUbrrAA2dNnZQlQxBR7yWljIXfIaaLkn' +
  '6CAa1TyaTo4VOPeHG7UsRnrB2fWzIA5GSVx/RqDifnTvNY64KBTvYtbFS4Gg8dXDB44TPdnxqPGZlRXEDnv+EYLnX7MTLRn7LSl7' +
  '/4ac1S0PheCfyorAlgvbcJJayCg/0wHP24z/d49s/rdCkx+EWeMIaA6P+vwj+FqZVN1BYbBwVOn8YzpubFo9b5aJDAJAe7Ryl9aj' +
  'KenGJAr7QB2eYmxX6r07lMKhoxrmWI7yice0/OHZQpzmBeJAjjj7QAhB/lkCIPpz4DfaL5+r8c2Cc4h9m8SSwXpm+erbRScDfGaz' +
  '/XM8J/NIwC/LN5xUukoY5rliopq6EIdHwRgg3i871KCJd1AqtrLG9nC6J/iDbydkrq9SNSWzosSUiW9j0S64jTfAy3X6iVn3u9So' +
  '9ErBriR3xlNWkO3jemzUOgTU7Ak3sUhhlJgzkVRFGDJhtlhlmqG0kJIowG8LO+bEKTqhuJjkO/JyknyZNc9isyx787gI/8r7fJIU' +
  'YlTS/AElwEcE0UfSVjeZdAL59BpJUb0vE+pjaL6uj8FawSHWJCvSB3kKjmvNJkI3B6xXUaDfmihnrdehBf9s7rIVNqaTTybbNCTJ' +
  'Gi8ZN0cVAM6LrVUxisbpCYq3x4yI/Sz1L/zDu5k+HbZv75glcGhy2tPEtuzVE5pncVN9Ug+j3jwr6Y6jvnmUjBidHI1gN2DCbPHw' +
  '783ljTx4r7zCaqg7/x+tUfGCvr8zBTp6r3vSaObC/YGhkWCcWVxnEYFOXNMqAkEPeL3J5sfi1cgwDiDKS1qaoYm8S7EQ8i1zBg3A' +
  '4y2D2GXvDfyU1YjIM03HIHPCcbH/J1QyLMPlV7MoNLU/tBGCgyGziqBx5/CG5/nN1X3Q/p48mrQiQukDGT+SA4SUCBeO4kNX+Uxp' +
  'NkPhZ3EfN+v2ohThaaEzNdNNtY545vUo2+EGdBGPJcxdizCdDieRApxYMnFsAxbR2JBhevazZtctinIj6SAHptPH3pjh0/oyZOZf' +
  '/SczlRbqcJQEe1cpJikyHyaSED+VWVVEAvlkS6TnLMoEOHYSNCKG8qmI0xSlSlev3xF7zhn9NshCCV3TyG8DFGxr78QEGKbhjJ8l' +
  '93Rd7bc=';

export const FROZEN = {
  passphrase: 'orchard kettle lantern drift',
  recoveryCode: '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ',
  vaultKeyHex: '7201c61e778275fe411e8514486da4b07210b08f12a89a2ea0e9176616787db6',
  /** The agency key pair is crypto_box_seed_keypair of 32 bytes of 0x07. */
  agencySeedByte: 7,
  createdAt: '2025-03-02T08:30:00.000Z',
  vaultCreatedAt: '2025-03-01T09:00:00.000Z',
  length: 2180,
};

export const FROZEN_ENTRIES = [
  {
    type: 'record',
    id: 'a1'.repeat(16),
    rev: '2025-03-01T10:00:00.000Z-0000-00000000deadbeef',
    kind: 'person',
    parentId: null,
    deleted: false,
    body: {
      v: 1,
      kind: 'person',
      parentId: null,
      fields: { name: 'Jordan Rivers', phone: '919-555-0142' },
      clocks: { name: '2025-03-01T10:00:00.000Z-0000-00000000deadbeef', phone: '2025-03-01T10:00:00.000Z-0000-00000000deadbeef' },
    },
  },
  {
    type: 'record',
    id: 'b2'.repeat(16),
    rev: '2025-03-01T10:05:00.000Z-0000-00000000deadbeef',
    kind: 'note',
    parentId: 'a1'.repeat(16),
    deleted: true,
    body: {
      v: 1,
      kind: 'note',
      parentId: 'a1'.repeat(16),
      fields: {},
      clocks: { '@deleted': '2025-03-01T10:05:00.000Z-0000-00000000deadbeef' },
      deleted: true,
    },
  },
  { type: 'audit-event', seq: 1, event: { at: '2025-03-01T10:00:00.000Z', actor: '00000000deadbeef', action: 'create' } },
];
